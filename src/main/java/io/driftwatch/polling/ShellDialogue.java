package io.driftwatch.polling;

import io.driftwatch.inventory.Secret;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;

/**
 * Talks to a router's interactive shell the way a person would: find the prompt, optionally {@code enable}, turn the
 * pager off, run the version command and cut its reply out from between the echoed command and the next prompt.
 * Every wait ends at the command timeout or the device deadline, whichever is first.
 */
final class ShellDialogue {

    /** A prompt: something like {@code edge-01>}, {@code edge-01#} or {@code netops@edge-01>} at the end of output. */
    private static final Pattern PROMPT = Pattern.compile("\\S.{0,127}[>#]");
    /** {@code --More--}, {@code -- More --}, {@code ---- More ----}, {@code ---(more 45%)---} and the like. */
    private static final Pattern PAGER = Pattern.compile("(?i)\\s*-{2,}\\s*\\(?\\s*more\\b.*");
    private static final Pattern PASSWORD = Pattern.compile("(?i).*password:");
    /** Terminal escape sequences (cursor moves, erase line), which some routers send around a pager marker. */
    private static final Pattern ESCAPES = Pattern.compile("\u001B\\[[0-9;?]*[A-Za-z]");

    private static final long PROMPT_SETTLE_NANOS = 250_000_000L;

    private final ShellScreen screen;
    private final OutputStream keyboard;
    private final Duration timeout;
    private final long deadline;
    private String promptBase;

    /**
     * @param keyboard what is written to it reaches the router
     * @param timeout  longest wait for any one answer
     * @param deadline {@link System#nanoTime()} by which everything must be done
     */
    ShellDialogue(ShellScreen screen, OutputStream keyboard, Duration timeout, long deadline) {
        this.screen = screen;
        this.keyboard = keyboard;
        this.timeout = timeout;
        this.deadline = deadline;
    }

    /** @return the version command's reply, without the echoed command and the trailing prompt */
    String run(PollTarget target) throws IOException, InterruptedException {
        findPrompt();
        if (target.enable() != null) {
            enable(target.enable());
        }
        String paging = target.effectivePlatform() == null ? null
                : PagingCommands.of(target.effectivePlatform()).orElse(null);
        if (paging != null) {
            command(paging);
        }
        return command(target.command());
    }

    /**
     * Runs the commands in turn in this one shell until {@code recognised} accepts a reply. No pager command is sent,
     * since the platform is what is being found; pager markers are answered as they come.
     *
     * @return the recognised reply, or a reply with a null command holding every reply when none was recognised
     */
    SshCollector.Reply probe(PollTarget target, List<String> commands, BiPredicate<String, String> recognised)
            throws IOException, InterruptedException {
        findPrompt();
        if (target.enable() != null) {
            enable(target.enable());
        }
        StringBuilder replies = new StringBuilder();
        for (String command : commands) {
            String reply = command(command);
            if (recognised.test(command, reply)) {
                return new SshCollector.Reply(command, reply);
            }
            replies.append("# ").append(command).append('\n').append(reply).append('\n');
        }
        return new SshCollector.Reply(null, replies.toString());
    }

    private void findPrompt() throws IOException, InterruptedException {
        // A router may print its banner and prompt at once, or only after a key press.
        send("\n");
        long until = until();
        while (true) {
            String seen = screen.since(0);
            String last = lastLine(seen);
            // A banner line such as "#####" can look like a prompt while the banner is still arriving: a prompt is
            // only taken once the router has been quiet for a moment after it.
            if (PROMPT.matcher(last).matches()
                    && !screen.awaitMore(seen.length(), Math.min(until, System.nanoTime() + PROMPT_SETTLE_NANOS))) {
                promptBase = last.substring(0, last.length() - 1);
                return;
            }
            awaitMore(seen.length(), until, "no prompt from the shell");
        }
    }

    private void enable(Secret secret) throws IOException, InterruptedException {
        int mark = screen.length();
        send("enable\n");
        String last = awaitAnswer(mark, "enable", true);
        if (isPrompt(last)) {
            if (last.endsWith("#")) {
                return;
            }
            throw enableFailed("the router answered 'enable' without asking for a secret");
        }
        mark = screen.length();
        send(secret.reveal() + "\n");
        last = awaitAnswer(mark, null, true);
        if (!isPrompt(last) || !last.endsWith("#")) {
            throw enableFailed("the router did not accept the enable secret");
        }
    }

    private static SshCollector.AttemptFailed enableFailed(String why) {
        return new SshCollector.AttemptFailed(PollStatus.AUTH_FAILED, "enable step failed: " + why);
    }

    /** Runs one command and returns its reply, paging through a pager that shows up anyway. */
    private String command(String command) throws IOException, InterruptedException {
        int mark = screen.length();
        send(command + "\n");
        try {
            awaitAnswer(mark, command, false);
        } catch (SshCollector.AttemptFailed failure) {
            if (!answered(screen.since(mark), command) || screen.overflowed()) {
                throw failure;
            }
            // Cut short after the echo: keep what the router printed, which may already hold the answer.
            String seen = screen.since(mark);
            String partial = reply(seen, command);
            int received = seen.length() - seen.indexOf('\n', seen.indexOf(command)) - 1;
            if (screen.closed()) {
                throw SshCollector.hungUp(command, partial, received, true);
            }
            if (failure.status != PollStatus.TIMEOUT) {
                throw failure;
            }
            throw SshCollector.unfinished(command, partial, received, timeout, screen.sinceLastWrite(), true);
        }
        return reply(screen.since(mark), command);
    }

    /**
     * Waits until, after the echo of {@code echo} (or after any new line when null), the router shows its prompt
     * (or, when {@code passwordToo}, a password prompt); answers pager markers with a space on the way.
     *
     * @return the last line shown
     */
    private String awaitAnswer(int mark, String echo, boolean passwordToo) throws IOException, InterruptedException {
        long until = until();
        String what = echo == null ? "no answer to the enable secret" : "no complete reply to '" + echo + "'";
        while (true) {
            String seen = screen.since(mark);
            String last = lastLine(seen);
            if (PAGER.matcher(last).matches()) {
                int lineStart = seen.lastIndexOf('\n') + 1;
                screen.cut(mark + lineStart, mark + seen.length());
                send(" ");
                continue;
            }
            if (answered(seen, echo) && (isPrompt(last) || passwordToo && PASSWORD.matcher(last).matches())) {
                return last;
            }
            awaitMore(mark + seen.length(), until, what);
        }
    }

    private boolean isPrompt(String line) {
        return line.length() == promptBase.length() + 1 && line.startsWith(promptBase)
                && (line.endsWith(">") || line.endsWith("#"));
    }

    /** The answer comes after the echoed command's line end; before that, an old prompt may still be on screen. */
    private static boolean answered(String seen, String echo) {
        int from = echo == null ? 0 : seen.indexOf(echo);
        return from >= 0 && seen.indexOf('\n', from) >= 0;
    }

    private void awaitMore(int seen, long until, String what) throws InterruptedException {
        boolean more = screen.awaitMore(seen, until);
        if (screen.overflowed()) {
            throw new SshCollector.AttemptFailed(PollStatus.ERROR, "shell output exceeded the size cap");
        }
        if (!more && screen.closed()) {
            throw new SshCollector.AttemptFailed(PollStatus.ERROR, what + ": the router closed the connection"
                    + " (interactive shell)");
        }
        if (!more) {
            throw new SshCollector.AttemptFailed(PollStatus.TIMEOUT,
                    what + " within " + SshCollector.human(timeout) + " (interactive shell)");
        }
    }

    private long until() {
        long now = System.nanoTime();
        if (deadline - now <= 0) {
            throw new SshCollector.AttemptFailed(PollStatus.TIMEOUT, "device deadline exceeded");
        }
        return Math.min(deadline, now + timeout.toNanos());
    }

    private void send(String text) throws IOException {
        keyboard.write(text.getBytes(StandardCharsets.UTF_8));
        keyboard.flush();
    }

    /** The last line as a terminal would show it, without trailing blanks. */
    private static String lastLine(String text) {
        return render(text.substring(text.lastIndexOf('\n') + 1)).strip();
    }

    /**
     * The text as a terminal shows it: carriage returns and backspaces move the cursor and later characters overwrite
     * earlier ones, so the erasing a pager does after {@code --More--} leaves no trace. Trailing blanks are dropped.
     */
    static String render(String raw) {
        String text = ESCAPES.matcher(raw).replaceAll("");
        StringBuilder shown = new StringBuilder(text.length());
        StringBuilder line = new StringBuilder();
        int cursor = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> {
                    shown.append(line.toString().stripTrailing()).append('\n');
                    line.setLength(0);
                    cursor = 0;
                }
                case '\r' -> cursor = 0;
                case '\b' -> cursor = Math.max(0, cursor - 1);
                default -> {
                    if (cursor < line.length()) {
                        line.setCharAt(cursor, c);
                    } else {
                        line.append(c);
                    }
                    cursor++;
                }
            }
        }
        return shown.append(line.toString().stripTrailing()).toString();
    }

    /** The lines between the echoed command and the closing prompt. */
    static String reply(String seen, String command) {
        String text = render(ShellScreen.decode(seen));
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int echo = 0;
        while (echo < lines.size() && !lines.get(echo).contains(command)) {
            echo++;
        }
        List<String> body = echo < lines.size() ? lines.subList(echo + 1, lines.size() - 1)
                : lines.subList(0, Math.max(0, lines.size() - 1));
        StringBuilder reply = new StringBuilder();
        for (String line : body) {
            reply.append(line.stripTrailing()).append('\n');
        }
        return reply.toString();
    }
}
