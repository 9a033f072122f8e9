package io.driftwatch.lab;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.session.SessionContext;
import org.apache.sshd.common.session.SessionListener;
import org.apache.sshd.core.CoreModuleProperties;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.ServerBuilder;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;

/**
 * Many simulated routers behind one MINA SSH server on loopback: each router listens on its own port, and the
 * port a connection arrived on tells which router answers it. Replies are delayed on a timer, never by a
 * sleeping thread, so thousands of slow routers cost a handful of threads.
 */
public final class LabRouterServer implements AutoCloseable {

    private final Map<Integer, LabRouter> byPort = new ConcurrentHashMap<>();
    private final MultiPortServer server =
            (MultiPortServer) ServerBuilder.builder().factory(MultiPortServer::new).build();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "lab-fleet-timer");
        thread.setDaemon(true);
        return thread;
    });
    private final Clock clock;
    private final AtomicInteger sessions = new AtomicInteger();
    private final AtomicInteger peakSessions = new AtomicInteger();
    private final AtomicInteger commands = new AtomicInteger();

    public LabRouterServer(Clock clock) {
        this.clock = clock;
        server.setHost("127.0.0.1");
        server.setPort(0);
        // Hundreds of simultaneous connects are reset with the default backlog.
        CoreModuleProperties.SOCKET_BACKLOG.set(server, 4096);
        server.setKeyPairProvider(new RouterKeys());
        server.setPasswordAuthenticator((username, password, session) -> {
            LabRouter router = routerOf(session);
            return router != null && router.username().equals(username) && router.password().equals(password);
        });
        server.setPublickeyAuthenticator((username, key, session) -> {
            LabRouter router = routerOf(session);
            return router != null && router.accepts(username, key);
        });
        server.setCommandFactory((channel, command) -> new VersionCommand(routerOf(channel.getSession()), command));
        server.addSessionListener(new SessionListener() {
            @Override
            public void sessionCreated(Session session) {
                peakSessions.accumulateAndGet(sessions.incrementAndGet(), Math::max);
            }

            @Override
            public void sessionClosed(Session session) {
                sessions.decrementAndGet();
            }
        });
    }

    public void start() throws IOException {
        server.start();
    }

    /**
     * Makes a router answer on a loopback port.
     *
     * @param port the port, or 0 for any free one
     * @return the port the router listens on
     */
    public int serve(LabRouter router, int port) throws IOException {
        int bound = server.bindPort(port);
        byPort.put(bound, router);
        return bound;
    }

    public List<LabRouter> routers() {
        return List.copyOf(byPort.values());
    }

    /** The most SSH sessions that were open at the same moment since the last reset. */
    public int peakSessions() {
        return peakSessions.get();
    }

    public int openSessions() {
        return sessions.get();
    }

    /** Version commands answered or pending since start. */
    public int commandsReceived() {
        return commands.get();
    }

    public void resetPeak() {
        peakSessions.set(sessions.get());
    }

    @Override
    public void close() throws IOException {
        timer.shutdownNow();
        server.stop(true);
    }

    private LabRouter routerOf(SessionContext context) {
        if (!(context instanceof Session session)) {
            return null;
        }
        SocketAddress local = session.getIoSession().getAcceptanceAddress();
        return local instanceof InetSocketAddress address ? byPort.get(address.getPort()) : null;
    }

    /** Each router presents its own host key, chosen by the port the connection arrived on. */
    private final class RouterKeys implements KeyPairProvider {
        @Override
        public Iterable<java.security.KeyPair> loadKeys(SessionContext session) {
            LabRouter router = routerOf(session);
            return router == null ? List.of() : List.of(router.hostKey());
        }
    }

    /** The only command a lab router knows: its platform's version command. */
    private final class VersionCommand implements Command {
        private final LabRouter router;
        private final String command;
        private OutputStream out;
        private OutputStream err;
        private ExitCallback exit;
        private volatile ScheduledFuture<?> reply;

        VersionCommand(LabRouter router, String command) {
            this.router = router;
            this.command = command.trim();
        }

        @Override
        public void start(ChannelSession channel, Environment env) {
            commands.incrementAndGet();
            if (router == null || !router.command().equals(command)) {
                write(err, "% Invalid input detected: '" + command + "'\n");
                exit.onExit(1);
                return;
            }
            LabRouter.Behaviour behaviour = router.behaviour();
            if (behaviour == LabRouter.Behaviour.SILENT) {
                return;
            }
            reply = timer.schedule(() -> answer(behaviour), router.latency().toMillis(), TimeUnit.MILLISECONDS);
        }

        private void answer(LabRouter.Behaviour behaviour) {
            if (behaviour == LabRouter.Behaviour.GARBAGE) {
                write(out, "%% Unrecognized reply from line card 3\r\nsegfault at 0x0000dead\r\n");
            } else {
                write(out, router.versionOutput(clock.instant()));
                router.afterReply(clock.instant());
            }
            exit.onExit(0);
        }

        private void write(OutputStream stream, String text) {
            try {
                stream.write(text.getBytes(StandardCharsets.UTF_8));
                stream.flush();
            } catch (IOException e) {
                // The client went away; nothing to answer.
            }
        }

        @Override
        public void destroy(ChannelSession channel) {
            ScheduledFuture<?> pending = reply;
            if (pending != null) {
                pending.cancel(false);
            }
        }

        @Override
        public void setExitCallback(ExitCallback callback) {
            this.exit = callback;
        }

        @Override
        public void setErrorStream(OutputStream err) {
            this.err = err;
        }

        @Override
        public void setInputStream(InputStream in) {
        }

        @Override
        public void setOutputStream(OutputStream out) {
            this.out = out;
        }
    }

    /** Exposes binding further ports on the running acceptor, which {@link SshServer} keeps to itself. */
    private static final class MultiPortServer extends SshServer {
        int bindPort(int port) throws IOException {
            if (port != 0) {
                acceptor.bind(new InetSocketAddress("127.0.0.1", port));
                return port;
            }
            // Ask the OS for a free port first, so the router's port is known before the acceptor binds it.
            try (java.net.ServerSocket probe = new java.net.ServerSocket(0, 1,
                    java.net.InetAddress.getLoopbackAddress())) {
                port = probe.getLocalPort();
            }
            acceptor.bind(new InetSocketAddress("127.0.0.1", port));
            return port;
        }
    }
}
