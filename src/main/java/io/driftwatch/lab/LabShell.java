package io.driftwatch.lab;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;

/**
 * A lab router's interactive CLI, as far as a poller needs it: a prompt, echo of typed lines, {@code enable} with a
 * secret, the platform's paging command, a {@code --More--} pager and the version command. One thread per open
 * shell, which suits the few shell routers of a test.
 */
final class LabShell implements Command {

    static final String PAGER = " --More-- ";
    private static final int PAGE_LINES = 10;

    private final LabRouter router;
    private final Clock clock;
    private final ExecutorService threads;
    private final Runnable onCommand;
    private final Runnable onExit;
    private InputStream in;
    private OutputStream out;
    private ExitCallback exit;
    private Future<?> running;
    private boolean privileged;
    private boolean paging;
    private boolean afterCarriageReturn;

    /**
     * @param onCommand called when the version command is received, for the server's count
     * @param onExit    called once when the shell ends
     */
    LabShell(LabRouter router, Clock clock, ExecutorService threads, Runnable onCommand, Runnable onExit) {
        this.router = router;
        this.clock = clock;
        this.threads = threads;
        this.onCommand = onCommand;
        this.onExit = onExit;
    }

    @Override
    public void start(ChannelSession channel, Environment env) {
        privileged = router.enableSecret() == null && !router.platform().equals("juniper_junos");
        paging = router.pager() != LabRouter.Pager.NONE;
        running = threads.submit(this::converse);
    }

    private void converse() {
        int code = 0;
        try {
            write("\r\n" + prompt());
            String line;
            while ((line = readLine(true)) != null) {
                if (!answer(line.strip())) {
                    break;
                }
            }
        } catch (IOException e) {
            code = 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            code = 1;
        } finally {
            onExit.run();
            exit.onExit(code);
        }
    }

    /** @return false when the user logged out */
    private boolean answer(String line) throws IOException, InterruptedException {
        if (line.isEmpty()) {
            write(prompt());
        } else if (line.equals("exit") || line.equals("quit")) {
            return false;
        } else if (line.equals("enable")) {
            enable();
        } else if (line.equals(pagingCommand()) || line.equals("terminal pager 0")) {
            paging = router.pager() == LabRouter.Pager.ALWAYS;
            write(prompt());
        } else if (line.equals(router.command())) {
            onCommand.run();
            if (router.enableSecret() != null && !privileged) {
                write("% This command needs privileged mode; use 'enable'\r\n" + prompt());
            } else {
                Thread.sleep(router.latency().toMillis());
                page(router.versionOutput(clock.instant()));
                router.afterReply(clock.instant());
            }
        } else {
            write("% Invalid input detected at '^' marker.\r\n" + prompt());
        }
        return true;
    }

    private void enable() throws IOException {
        if (privileged) {
            write(prompt());
            return;
        }
        write("Password: ");
        String secret = readLine(false);
        write("\r\n");
        if (secret != null && secret.equals(router.enableSecret())) {
            privileged = true;
        } else {
            write("% Access denied\r\n\r\n");
        }
        write(prompt());
    }

    /** Prints the output a page at a time while paging is on, erasing the marker the way IOS does. */
    private void page(String output) throws IOException {
        String[] lines = output.replace("\r\n", "\n").split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (paging && i > 0 && i % PAGE_LINES == 0) {
                write(PAGER);
                router.countPagerPrompt();
                int key = in.read();
                String erase = "\b".repeat(PAGER.length());
                write(erase + " ".repeat(PAGER.length()) + erase);
                if (key < 0) {
                    return;
                }
                if (key == 'q') {
                    break;
                }
            }
            write(lines[i] + (i < lines.length - 1 ? "\r\n" : ""));
        }
        write(prompt());
    }

    private String pagingCommand() {
        return router.platform().equals("juniper_junos") ? "set cli screen-length 0" : "terminal length 0";
    }

    private String prompt() {
        if (router.platform().equals("juniper_junos")) {
            return router.username() + "@" + router.name() + "> ";
        }
        return router.name() + (privileged ? "#" : ">");
    }

    /** One typed line, echoed back unless it is a secret; null at end of input. */
    private String readLine(boolean echo) throws IOException {
        StringBuilder line = new StringBuilder();
        while (true) {
            int c = in.read();
            if (c < 0) {
                return null;
            }
            boolean lineFeedOfCrLf = c == '\n' && afterCarriageReturn;
            afterCarriageReturn = c == '\r';
            if (lineFeedOfCrLf) {
                continue;
            }
            if (c == '\r' || c == '\n') {
                if (echo) {
                    write(line + "\r\n");
                }
                return line.toString();
            }
            line.append((char) c);
        }
    }

    private void write(String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    @Override
    public void destroy(ChannelSession channel) {
        Future<?> task = running;
        if (task != null) {
            task.cancel(true);
        }
    }

    @Override
    public void setExitCallback(ExitCallback callback) {
        this.exit = callback;
    }

    @Override
    public void setErrorStream(OutputStream err) {
    }

    @Override
    public void setInputStream(InputStream in) {
        this.in = in;
    }

    @Override
    public void setOutputStream(OutputStream out) {
        this.out = out;
    }
}
