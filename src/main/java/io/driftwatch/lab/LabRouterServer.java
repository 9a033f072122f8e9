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
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.sshd.common.AttributeRepository;
import org.apache.sshd.common.NamedFactory;
import org.apache.sshd.common.cipher.BuiltinCiphers;
import org.apache.sshd.common.cipher.Cipher;
import org.apache.sshd.common.kex.BuiltinDHFactories;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.common.mac.BuiltinMacs;
import org.apache.sshd.common.mac.Mac;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.session.SessionContext;
import org.apache.sshd.common.session.SessionListener;
import org.apache.sshd.common.util.net.SshdSocketAddress;
import org.apache.sshd.core.CoreModuleProperties;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.ServerBuilder;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;
import org.apache.sshd.server.forward.AcceptAllForwardingFilter;

/**
 * Many simulated routers behind one MINA SSH server on loopback: each router listens on its own port, and the
 * port a connection arrived on tells which router answers it. Replies are delayed on a timer, never by a
 * sleeping thread, so thousands of slow routers cost a handful of threads.
 */
public final class LabRouterServer implements AutoCloseable {

    private static final AttributeRepository.AttributeKey<Boolean> LOGGED_IN = new AttributeRepository.AttributeKey<>();

    private final Map<Integer, LabRouter> byPort = new ConcurrentHashMap<>();
    private final MultiPortServer server = (MultiPortServer) ServerBuilder.builder().factory(MultiPortServer::new)
            .build();
    // Several threads: writing a reply waits for MINA to send it, and one thread would make every router in the
    // fleet answer in single file.
    private final ScheduledExecutorService timer = Executors.newScheduledThreadPool(
            Math.max(4, 2 * Runtime.getRuntime().availableProcessors()), task -> {
                Thread thread = new Thread(task, "lab-fleet-reply");
                thread.setDaemon(true);
                return thread;
            });
    private final ExecutorService shellThreads = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "lab-shell");
        thread.setDaemon(true);
        return thread;
    });
    private final Clock clock;
    private final AtomicInteger sessions = new AtomicInteger();
    private final AtomicInteger peakSessions = new AtomicInteger();
    private final AtomicInteger commands = new AtomicInteger();
    private final AtomicInteger logins = new AtomicInteger();
    private final AtomicInteger peakLogins = new AtomicInteger();
    /** Passwords clients sent, right or wrong: a client that refused this server's host key must send none. */
    private final AtomicInteger passwords = new AtomicInteger();
    private final List<String> forwarded = new CopyOnWriteArrayList<>();

    /**
     * How the whole server behaves, beyond what each router decides: MINA picks algorithms and forwarding per server,
     * not per port, so routers that need other settings get a server of their own.
     *
     * @param kex        key exchange algorithms offered, by wire name; empty for MINA's defaults
     * @param ciphers    ciphers offered; empty for MINA's defaults
     * @param macs       MACs offered; empty for MINA's defaults
     * @param forwarding whether clients may open direct-tcpip channels through it, as through a bastion
     * @param banner     login banner sent before authentication, or null for none
     */
    public record Options(List<String> kex, List<String> ciphers, List<String> macs, boolean forwarding,
            String banner) {

        public static final Options DEFAULTS = new Options(List.of(), List.of(), List.of(), false);

        public Options {
            kex = List.copyOf(kex);
            ciphers = List.copyOf(ciphers);
            macs = List.copyOf(macs);
        }

        public Options(List<String> kex, List<String> ciphers, List<String> macs, boolean forwarding) {
            this(kex, ciphers, macs, forwarding, null);
        }

        /** A server whose routers all greet with this login banner before authentication. */
        public static Options banner(String banner) {
            return new Options(List.of(), List.of(), List.of(), false, banner);
        }

        /** A server that offers only these algorithms, as an old router does. */
        public static Options only(List<String> kex, List<String> ciphers, List<String> macs) {
            return new Options(kex, ciphers, macs, false);
        }

        /** A bastion: lets logged-in users forward TCP connections onwards. */
        public static Options bastion() {
            return new Options(List.of(), List.of(), List.of(), true);
        }
    }

    public LabRouterServer(Clock clock) {
        this(clock, Options.DEFAULTS);
    }

    public LabRouterServer(Clock clock, Options options) {
        this.clock = clock;
        restrictAlgorithms(options);
        if (options.banner() != null) {
            CoreModuleProperties.WELCOME_BANNER.set(server, options.banner());
        }
        if (options.forwarding()) {
            server.setForwardingFilter(new AcceptAllForwardingFilter() {
                @Override
                public boolean canConnect(Type type, SshdSocketAddress address, Session session) {
                    forwarded.add(address.getHostName() + ":" + address.getPort());
                    return true;
                }
            });
        }
        server.setHost("127.0.0.1");
        server.setPort(0);
        // Hundreds of simultaneous connects are reset with the default backlog.
        CoreModuleProperties.SOCKET_BACKLOG.set(server, 4096);
        server.setKeyPairProvider(new RouterKeys());
        server.setPasswordAuthenticator((username, password, session) -> {
            passwords.incrementAndGet();
            LabRouter router = routerOf(session);
            return loggedIn(session, router != null && router.username().equals(username)
                    && router.password().equals(password));
        });
        server.setPublickeyAuthenticator((username, key, session) -> {
            LabRouter router = routerOf(session);
            return loggedIn(session, router != null && router.accepts(username, key));
        });
        server.setCommandFactory((channel, command) -> {
            LabRouter router = routerOf(channel.getSession());
            if (router != null) {
                router.countExecRequest();
            }
            // MINA answers a null command with a failure reply to the exec request, as shell-only routers do.
            return router != null && router.execRefused() ? null : new VersionCommand(router, command);
        });
        server.setShellFactory(channel -> {
            LabRouter router = routerOf(channel.getSession());
            if (router == null) {
                throw new IOException("no router on this port");
            }
            Session session = channel.getSession();
            return new LabShell(router, clock, shellThreads, commands::incrementAndGet, () -> loggedOut(session));
        });
        server.addSessionListener(new SessionListener() {
            @Override
            public void sessionCreated(Session session) {
                peakSessions.accumulateAndGet(sessions.incrementAndGet(), Math::max);
            }

            @Override
            public void sessionClosed(Session session) {
                sessions.decrementAndGet();
                loggedOut(session);
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

    /** Version commands answered or pending since start. */
    public int commandsReceived() {
        return commands.get();
    }

    public void resetPeak() {
        peakSessions.set(sessions.get());
        peakLogins.set(logins.get());
    }

    /**
     * The most logins that were busy at the same moment since the last reset. A login counts from successful
     * authentication until its command or shell ends (or the session closes first). Unlike {@link #peakSessions()}
     * this does not depend on how fast the server notices a closed connection, so a client-side cap shows exactly.
     */
    public int peakLogins() {
        return peakLogins.get();
    }

    /** Password logins attempted since start, whatever their outcome. */
    public int passwordsReceived() {
        return passwords.get();
    }

    /** Where clients forwarded connections to through this server ({@code host:port}), oldest first. */
    public List<String> forwardedConnections() {
        return List.copyOf(forwarded);
    }

    private boolean loggedIn(Session session, boolean accepted) {
        if (accepted && session.setAttribute(LOGGED_IN, Boolean.TRUE) == null) {
            peakLogins.accumulateAndGet(logins.incrementAndGet(), Math::max);
        }
        return accepted;
    }

    private void loggedOut(Session session) {
        if (session.removeAttribute(LOGGED_IN) != null) {
            logins.decrementAndGet();
        }
    }

    private void restrictAlgorithms(Options options) {
        if (!options.kex().isEmpty()) {
            server.setKeyExchangeFactories(options.kex().stream()
                    .map(name -> ServerBuilder.DH2KEX.apply(BuiltinDHFactories.fromFactoryName(name)))
                    .toList());
        }
        if (!options.ciphers().isEmpty()) {
            server.setCipherFactories(options.ciphers().stream()
                    .<NamedFactory<Cipher>>map(BuiltinCiphers::fromFactoryName).toList());
        }
        if (!options.macs().isEmpty()) {
            server.setMacFactories(options.macs().stream().<NamedFactory<Mac>>map(BuiltinMacs::fromFactoryName)
                    .toList());
        }
    }

    @Override
    public void close() throws IOException {
        timer.shutdownNow();
        shellThreads.shutdownNow();
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

        private ChannelSession channel;

        @Override
        public void start(ChannelSession channel, Environment env) {
            this.channel = channel;
            commands.incrementAndGet();
            if (router != null && router.execFailure() != LabRouter.ExecFailure.NONE) {
                failExec(router.execFailure());
                return;
            }
            if (router == null || !router.command().equals(command)) {
                write(err, "% Invalid input detected: '" + command + "'\n");
                loggedOut(channel.getSession());
                exit.onExit(1);
                return;
            }
            LabRouter.Behaviour behaviour = router.behaviour();
            if (behaviour == LabRouter.Behaviour.SILENT) {
                return;
            }
            reply = timer.schedule(() -> answer(behaviour), router.latency().toMillis(), TimeUnit.MILLISECONDS);
        }

        /** Accepted the request, and now will not run it, the way routers that want a shell answer. */
        private void failExec(LabRouter.ExecFailure failure) {
            int code = 0;
            switch (failure) {
                case NOT_SUPPORTED -> {
                    write(out, "% exec not supported, use a shell\r\n");
                    code = 1;
                }
                case INVALID_INPUT -> write(out, "% Invalid input detected at '^' marker.\r\n");
                default -> {
                }
            }
            loggedOut(channel.getSession());
            exit.onExit(code);
        }

        private void answer(LabRouter.Behaviour behaviour) {
            if (router.hostility().inOutput()) {
                answerHostile(router.hostility());
                return;
            }
            if (behaviour == LabRouter.Behaviour.GARBAGE) {
                write(out, "%% Unrecognized reply from line card 3\r\nsegfault at 0x0000dead\r\n");
            } else {
                write(out, router.versionOutput(clock.instant()));
                router.afterReply(clock.instant());
            }
            loggedOut(channel.getSession());
            exit.onExit(0);
        }

        /** Plays the router's misbehaviour in its output; the streaming kinds stop when the client goes away. */
        private void answerHostile(LabHostility hostility) {
            String output = router.versionOutput(clock.instant());
            byte[] plain = output.getBytes(StandardCharsets.UTF_8);
            switch (hostility) {
                case INVALID_UTF8 -> finish(LabHostility.withInvalidUtf8(output));
                case CONTROL_CHARACTERS -> finish(LabHostility.withControlCharacters(output));
                case BACKTRACKING -> finish(LabHostility.withBacktrackingTail(output));
                case HANG_UP -> {
                    writeBytes(out, java.util.Arrays.copyOf(plain, plain.length * 2 / 5));
                    // A graceful close sends what was written, then drops the connection without an exit status.
                    channel.getSession().close(false);
                }
                case SLOW_DRIP -> stream(plain, 1, LabHostility.DRIP_MILLIS, false);
                case HUGE_OUTPUT -> {
                    byte[] huge = java.util.Arrays.copyOf(plain, plain.length + LabHostility.HUGE_OUTPUT_BYTES);
                    System.arraycopy(LabHostility.filler(LabHostility.HUGE_OUTPUT_BYTES), 0, huge, plain.length,
                            LabHostility.HUGE_OUTPUT_BYTES);
                    stream(huge, LabHostility.CHUNK_BYTES, 10, false);
                }
                case ENDLESS_OUTPUT -> stream(LabHostility.filler(LabHostility.ENDLESS_CHUNK_BYTES),
                        LabHostility.ENDLESS_CHUNK_BYTES, LabHostility.ENDLESS_MILLIS, true);
                default -> finish(plain);
            }
        }

        private void finish(byte[] bytes) {
            writeBytes(out, bytes);
            loggedOut(channel.getSession());
            exit.onExit(0);
        }

        /**
         * Sends {@code bytes} a piece every {@code millis} on the timer, never holding a thread between pieces; over
         * and over when {@code endless}.
         */
        private void stream(byte[] bytes, int piece, long millis, boolean endless) {
            int[] sent = {0};
            reply = timer.scheduleAtFixedRate(() -> {
                if (!channel.isOpen()) {
                    reply.cancel(false);
                    return;
                }
                int length = Math.min(piece, bytes.length - sent[0]);
                boolean written = writeBytes(out, java.util.Arrays.copyOfRange(bytes, sent[0], sent[0] + length));
                sent[0] = endless ? 0 : sent[0] + length;
                if (!written) {
                    reply.cancel(false);
                } else if (sent[0] >= bytes.length) {
                    reply.cancel(false);
                    loggedOut(channel.getSession());
                    exit.onExit(0);
                }
            }, millis, millis, TimeUnit.MILLISECONDS);
        }

        private boolean writeBytes(OutputStream stream, byte[] bytes) {
            try {
                stream.write(bytes);
                stream.flush();
                return true;
            } catch (IOException | RuntimeException e) {
                // The client went away or gave up; nothing more to send.
                return false;
            }
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
