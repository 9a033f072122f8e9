package io.driftwatch.testing;

import io.driftwatch.lab.LabCatalog;
import io.driftwatch.lab.LabFacts;
import io.driftwatch.lab.LabOutputs;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.ServerBuilder;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;

/**
 * Routers that misbehave in what they send, behind one real MINA SSH server, each on a loopback port of its own: output that
 * never ends (a slow drip, a fast flood), output shaped to make regular expressions backtrack, and a connection
 * dropped half-way through the reply. They log in like the fleet ({@code netops} and {@link FakeRouters#PASSWORD}),
 * play {@code cisco_ios}, and answer every command the same way, so autodetect probes meet the misbehaviour too.
 */
final class HostileRouters {

    /** The version every hostile router reports when its output carries one. */
    static final String VERSION = LabCatalog.versionTrain("cisco_ios").get(0);
    private static final String PLATFORM = "cisco_ios";
    private static final long DRIP_MILLIS = 200;

    /** What a hostile router sends once asked its version, through exec or after the echo in its shell. */
    enum Behaviour {
        /** The whole version output, then one more byte every 200 ms, for ever: the version is there, the end never. */
        DRIP_AFTER_VERSION,
        /** One byte every 200 ms for ever, never a version. */
        DRIP,
        /** Lines as fast as the connection takes them, for ever. */
        FLOOD,
        /** The version output, then {@code --}, 200,000 spaces and {@code x}: food for a backtracking pager pattern. */
        DASHES_AND_SPACES,
        /** The version output, then 100,000 blank lines: food for {@code \s*} runs in multiline patterns. */
        BLANK_LINES,
        /** The first bytes of the version output, not yet the version, then the connection is dropped. */
        HANG_UP,
        /** The version output up to the middle of the version number, then the connection is dropped. */
        HANG_UP_IN_VERSION
    }

    /** Where each router listens, and how it answers. */
    private record Router(String name, Behaviour behaviour, boolean shellOnly) {
    }

    private final Map<Integer, Router> byPort = new ConcurrentHashMap<>();
    private final MultiPortServer server = (MultiPortServer) ServerBuilder.builder().factory(MultiPortServer::new)
            .build();
    private final ExecutorService threads = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "hostile-router");
        thread.setDaemon(true);
        return thread;
    });

    HostileRouters() throws IOException {
        server.setHost("127.0.0.1");
        server.setPort(0);
        server.setKeyPairProvider(new SimpleGeneratorHostKeyProvider());
        server.setPasswordAuthenticator((user, password, session) -> user.equals("netops")
                && password.equals(FakeRouters.PASSWORD));
        // MINA answers a null command with a failure reply to the exec request, as shell-only routers do.
        server.setCommandFactory((channel, command) -> {
            Router router = routerOf(channel.getSession());
            return router.shellOnly() ? null : new Reply(router, false);
        });
        server.setShellFactory(channel -> new Reply(routerOf(channel.getSession()), true));
        server.start();
    }

    /**
     * Starts a router that answers with {@code behaviour}.
     *
     * @param shellOnly refuse exec requests, so the poller has to use the interactive shell
     * @return the port it listens on
     */
    int start(String name, Behaviour behaviour, boolean shellOnly) throws IOException {
        int port = server.bindFreePort();
        byPort.put(port, new Router(name, behaviour, shellOnly));
        return port;
    }

    void stop() throws IOException {
        threads.shutdownNow();
        server.stop(true);
    }

    private Router routerOf(Session session) {
        return byPort.get(((InetSocketAddress) session.getIoSession().getAcceptanceAddress()).getPort());
    }

    /** Binds further ports on the running acceptor, which {@link SshServer} keeps to itself. */
    private static final class MultiPortServer extends SshServer {
        int bindFreePort() throws IOException {
            int port;
            try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                port = probe.getLocalPort();
            }
            acceptor.bind(new InetSocketAddress("127.0.0.1", port));
            return port;
        }
    }

    /** Exec replies and shells alike: the shell shows a prompt, echoes what is typed and answers each line. */
    private final class Reply implements Command {
        private final String name;
        private final Behaviour behaviour;
        private final boolean shell;
        private InputStream in;
        private OutputStream out;
        private ExitCallback exit;
        private ChannelSession channel;
        private Future<?> running;

        Reply(Router router, boolean shell) {
            this.name = router.name();
            this.behaviour = router.behaviour();
            this.shell = shell;
        }

        @Override
        public void start(ChannelSession channel, Environment env) {
            this.channel = channel;
            running = threads.submit(shell ? this::converse : this::answerOnce);
        }

        private void answerOnce() {
            try {
                if (misbehave()) {
                    exit.onExit(0);
                }
            } catch (IOException | InterruptedException e) {
                // The client went away or the server stops: nothing more to send.
            }
        }

        private void converse() {
            try {
                write("\r\n" + prompt());
                StringBuilder line = new StringBuilder();
                for (int b = in.read(); b >= 0; b = in.read()) {
                    if (b != '\r' && b != '\n') {
                        line.append((char) b);
                        continue;
                    }
                    String typed = line.toString().strip();
                    line.setLength(0);
                    write(typed + "\r\n");
                    if (typed.startsWith("show version") && !misbehave()) {
                        return;
                    }
                    write(prompt());
                }
            } catch (IOException | InterruptedException e) {
                // As above.
            }
        }

        /** @return whether the reply has an end after which the router goes on as usual */
        private boolean misbehave() throws IOException, InterruptedException {
            String version = versionOutput(name);
            switch (behaviour) {
                case DRIP_AFTER_VERSION -> {
                    write(version);
                    drip();
                }
                case DRIP -> drip();
                case FLOOD -> {
                    byte[] chunk = "flood flood flood flood flood flood flood flood flood flood\r\n".repeat(1000)
                            .getBytes(StandardCharsets.US_ASCII);
                    while (true) {
                        out.write(chunk);
                        out.flush();
                    }
                }
                case DASHES_AND_SPACES -> write(version + "--" + " ".repeat(200_000) + "x\r\n");
                case BLANK_LINES -> write(version + "\r\n".repeat(100_000));
                case HANG_UP -> {
                    hangUpAfter(version.substring(0, version.indexOf("Version") / 2));
                    return false;
                }
                case HANG_UP_IN_VERSION -> {
                    hangUpAfter(version.substring(0, version.indexOf(VERSION) + VERSION.length() / 2));
                    return false;
                }
            }
            return true;
        }

        private void hangUpAfter(String sent) throws IOException, InterruptedException {
            write(sent);
            // Time for those bytes to leave before the connection is dropped from under them.
            Thread.sleep(300);
            channel.getSession().close(true);
        }

        private void drip() throws IOException, InterruptedException {
            while (true) {
                Thread.sleep(DRIP_MILLIS);
                write(".");
            }
        }

        private String prompt() {
            return name + "#";
        }

        private void write(String text) throws IOException {
            out.write(text.getBytes(StandardCharsets.UTF_8));
            out.flush();
        }

        @Override
        public void destroy(ChannelSession channel) {
            if (running != null) {
                running.cancel(true);
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

    /** A {@code cisco_ios} router's {@code show version}, with CRLF line ends as routers send them. */
    static String versionOutput(String hostname) {
        String image = LabCatalog.image(PLATFORM, VERSION);
        return LabOutputs.render(PLATFORM, new LabFacts(hostname, VERSION, LabCatalog.models(PLATFORM).get(0),
                "HOSTILE" + Math.abs(hostname.hashCode() % 1000), 86_400, image)).replace("\r\n", "\n")
                .replace("\n", "\r\n");
    }
}
