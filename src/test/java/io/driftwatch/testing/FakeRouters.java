package io.driftwatch.testing;

import io.driftwatch.lab.LabOutputs;
import io.driftwatch.lab.LabPorts;
import io.driftwatch.lab.LabRouter;
import io.driftwatch.lab.LabRouterServer;
import io.driftwatch.parsing.ParserRegistry;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;

/**
 * Real SSH routers for the tests, started before the application: {@value #FLEET} well-behaved routers of
 * every platform answering after 200 ms, plus a router per misbehaviour. Tests pick which of them the daemon
 * sweeps by rewriting the inventory file, which the daemon re-reads at every sweep.
 */
public class FakeRouters implements QuarkusTestResourceLifecycleManager {

    public static final int FLEET = 200;
    public static final String PASSWORD = "s3cret-router-pw";
    public static final Path INVENTORY = Path.of("target/test-inventory.yaml");
    public static final Path PASSWORD_FILE = Path.of("target/test-router-password");
    public static final Path USER_KEY_FILE = Path.of("target/test-user-key");
    public static final Path ENABLE_FILE = Path.of("target/test-enable-secret");
    public static final String ENABLE_SECRET = "en4ble-lab-secret";
    public static final String JUMP_PASSWORD = "jump-host-pw";
    /** Routers sharing the {@code capped} credential, whose max-sessions is {@value #CAP}. */
    public static final int CAPPED = 20;
    public static final int CAP = 3;
    /** Routers named alert-00, alert-01, ... for the alerting tests. */
    public static final int ALERTING = 20;
    /** Algorithms the legacy router's server offers, none of them among MINA's client defaults. */
    public static final List<String> LEGACY_KEX = List.of("diffie-hellman-group14-sha1");
    public static final List<String> LEGACY_CIPHERS = List.of("3des-cbc");
    public static final List<String> LEGACY_MACS = List.of("hmac-md5");

    private static LabRouterServer server;
    /** Offers only the legacy algorithms; MINA chooses algorithms per server, not per port. */
    private static LabRouterServer legacyServer;
    /** A bastion that forwards TCP connections; its one "router" is the jump host's login. */
    private static LabRouterServer bastionServer;
    /** Wraps its valid output in NUL bytes, escapes, odd line ends and invalid UTF-8: see {@link NoisyRouter}. */
    private static NoisyRouter noisy;
    /** Group of each odd device that needs one; everything else is in 'fleet' or 'odd'. */
    private static final Map<String, String> GROUPS = new LinkedHashMap<>();
    private static final Map<String, LabRouter> ROUTERS = new LinkedHashMap<>();
    private static final Map<String, Integer> PORTS = new LinkedHashMap<>();
    /**
     * Routers that misbehave in what they send ({@link HostileRouters}): one per behaviour and way of asking, named
     * after the behaviour ({@code drip-after-version}, {@code flood}, ...) for exec, with {@code -shell} for a router
     * that refuses exec, and with {@code -detect} for one meant to be declared {@code autodetect}.
     */
    private static HostileRouters hostile;
    private static ServerSocket silentPort;
    /** Bound and never listening: connections to it are refused, and no one else can be given its port. */
    private static Socket closedPort;
    /**
     * Routers that never answer a SYN, as one powered off or behind a dropping firewall: listening sockets whose
     * accept queue is full, with the connections that fill them. More of them than MINA had connect threads (the cores
     * plus one).
     */
    private static final List<java.io.Closeable> DARK = new ArrayList<>();
    /** Routers taken down: the inventory points them at the closed port, so polls fail UNREACHABLE for real. */
    private static final java.util.Set<String> DOWN = java.util.concurrent.ConcurrentHashMap.newKeySet();

    @Override
    public Map<String, String> start() {
        try {
            if (server == null) {
                startServer();
            }
            useOnly(fleetNames());
            return Map.of("driftwatch.inventory.path", INVENTORY.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        try {
            if (server != null) {
                server.close();
            }
            if (legacyServer != null) {
                legacyServer.close();
            }
            if (bastionServer != null) {
                bastionServer.close();
            }
            if (noisy != null) {
                noisy.close();
            }
            if (hostile != null) {
                hostile.stop();
            }
            if (silentPort != null) {
                silentPort.close();
            }
            if (closedPort != null) {
                closedPort.close();
            }
            for (java.io.Closeable dark : DARK) {
                dark.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            server = null;
            legacyServer = null;
            bastionServer = null;
            noisy = null;
            hostile = null;
            silentPort = null;
            closedPort = null;
            DARK.clear();
            ROUTERS.clear();
            PORTS.clear();
            GROUPS.clear();
            DOWN.clear();
        }
    }

    private static void startServer() throws IOException {
        ParserRegistry parsers = ParserRegistry.standard();
        // Every platform the lab can play, as the built-in fleet does.
        List<String> platforms = new ArrayList<>(LabOutputs.platforms());
        platforms.retainAll(parsers.platforms());
        java.util.Collections.sort(platforms);
        server = new LabRouterServer(Clock.systemUTC());
        server.start();
        for (int i = 0; i < FLEET; i++) {
            String platform = platforms.get(i % platforms.size());
            add(router("fleet-%03d".formatted(i), platform, parsers), 0);
        }
        for (String special : List.of("wrong-password", "silent", "garbage", "rekeyed", "upgrader", "ecdsa-key",
                "rsa-key", "hostile", "key-only", "chatty")) {
            add(router(special, "cisco_ios", parsers), 0);
        }
        ROUTERS.get("silent").behaviour(LabRouter.Behaviour.SILENT);
        ROUTERS.get("garbage").behaviour(LabRouter.Behaviour.GARBAGE);
        ROUTERS.get("ecdsa-key").hostKeyType(LabRouter.HostKeyType.ECDSA);
        ROUTERS.get("rsa-key").hostKeyType(LabRouter.HostKeyType.RSA);
        ROUTERS.get("hostile").hostname("<script>alert('x')</script>");
        // A reply of about 2 MiB, over the daemon's 1 MiB output cap.
        ROUTERS.get("chatty").hostname("x".repeat(2 * 1024 * 1024));
        ROUTERS.get("key-only").authorizedKey(writeUserKey().getPublic());
        startOddRouters(parsers);
        startExecFailingRouters(parsers);
        for (String special : List.of("rebooter", "flaky", "golden", "golden-core")) {
            add(router(special, special.startsWith("golden") ? "juniper_junos" : "cisco_ios", parsers), 0);
        }
        // Routers only the alerting tests sweep, so the drift they provoke never shows in another test's counts.
        for (int i = 0; i < ALERTING; i++) {
            add(router("alert-%02d".formatted(i), "cisco_ios", parsers), 0);
        }
        noisy = NoisyRouter.start("netops", PASSWORD);
        PORTS.put("noisy", noisy.port());
        hostile = new HostileRouters();
        for (HostileRouters.Behaviour behaviour : HostileRouters.Behaviour.values()) {
            String name = behaviour.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
            for (String way : List.of("", "-shell", "-detect")) {
                PORTS.put(name + way, hostile.start(name + way, behaviour, way.equals("-shell")));
            }
        }
        // A port that takes connections and never says a word: the kernel completes the TCP handshake of a
        // listening socket, so the SSH client waits for a banner that never comes.
        silentPort = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress());
        PORTS.put("silent-port", silentPort.getLocalPort());
        // A port nothing listens on, held for the whole run: a port found free and let go could be given to any
        // server binding port 0 meanwhile, another test JVM's router included, which then answers instead.
        closedPort = new Socket();
        closedPort.bind(new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0));
        PORTS.put("closed-port", closedPort.getLocalPort());
        for (int i = 0; i < 2 * Runtime.getRuntime().availableProcessors() + 2; i++) {
            PORTS.put("dark-" + i, LabPorts.dark(0, DARK));
        }
        Files.createDirectories(PASSWORD_FILE.getParent());
        Files.writeString(PASSWORD_FILE, PASSWORD + "\n");
        Files.writeString(ENABLE_FILE, ENABLE_SECRET + "\n");
    }

    public static List<String> darkNames() {
        return PORTS.keySet().stream().filter(n -> n.startsWith("dark-")).toList();
    }

    /** Routers that need the per-group options of the inventory's {@code groups:} mapping. */
    private static void startOddRouters(ParserRegistry parsers) throws IOException {
        add(router("shell-only", "cisco_ios", parsers), 0);
        ROUTERS.get("shell-only").execRefused(true);
        add(router("paged", "juniper_junos", parsers), 0);
        ROUTERS.get("paged").execRefused(true);
        ROUTERS.get("paged").pager(LabRouter.Pager.UNTIL_DISABLED);
        add(router("stubborn-pager", "cisco_nxos", parsers), 0);
        ROUTERS.get("stubborn-pager").pager(LabRouter.Pager.ALWAYS);
        GROUPS.put("stubborn-pager", "shell");
        for (String name : List.of("enable", "enable-wrong")) {
            add(router(name, "cisco_ios", parsers), 0);
            ROUTERS.get(name).execRefused(true);
            ROUTERS.get(name).enableSecret(ENABLE_SECRET);
            GROUPS.put(name, name);
        }
        for (int i = 0; i < CAPPED; i++) {
            String name = "capped-%02d".formatted(i);
            add(router(name, "arista_eos", parsers), 0);
            ROUTERS.get(name).latency(Duration.ofMillis(300));
            GROUPS.put(name, "fleet");
        }
        add(router("behind-bastion", "cisco_xr", parsers), 0);
        GROUPS.put("behind-bastion", "bastion");

        legacyServer = new LabRouterServer(Clock.systemUTC(),
                LabRouterServer.Options.only(LEGACY_KEX, LEGACY_CIPHERS, LEGACY_MACS));
        legacyServer.start();
        LabRouter legacy = router("legacy", "cisco_ios", parsers);
        ROUTERS.put(legacy.name(), legacy);
        PORTS.put(legacy.name(), legacyServer.serve(legacy, 0));
        GROUPS.put("legacy", "legacy");

        bastionServer = new LabRouterServer(Clock.systemUTC(), LabRouterServer.Options.bastion());
        bastionServer.start();
        LabRouter bastion = LabRouter.of("bastion", "cisco_ios", "show version", "jump", JUMP_PASSWORD,
                Duration.ZERO, Instant.now());
        PORTS.put("bastion", bastionServer.serve(bastion, 0));
    }

    /** Routers that accept the exec channel but will not run the command: their shell has to be used. */
    private static void startExecFailingRouters(ParserRegistry parsers) throws IOException {
        add(router("exec-unsupported", "cisco_ios", parsers), 0);
        ROUTERS.get("exec-unsupported").execFailure(LabRouter.ExecFailure.NOT_SUPPORTED);
        add(router("exec-silent", "arista_eos", parsers), 0);
        ROUTERS.get("exec-silent").execFailure(LabRouter.ExecFailure.SILENT_EXIT);
        add(router("exec-invalid", "cisco_nxos", parsers), 0);
        ROUTERS.get("exec-invalid").execFailure(LabRouter.ExecFailure.INVALID_INPUT);
    }

    /** An ECDSA login key in OpenSSH format, as a user would keep it for Driftwatch. */
    private static KeyPair writeUserKey() throws IOException {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(256);
            KeyPair key = generator.generateKeyPair();
            Files.createDirectories(USER_KEY_FILE.toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(USER_KEY_FILE)) {
                OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(key, "driftwatch-test", null, out);
            }
            return key;
        } catch (GeneralSecurityException e) {
            throw new IOException(e);
        }
    }

    private static LabRouter router(String name, String platform, ParserRegistry parsers) {
        return LabRouter.of(name, platform, parsers.find(platform).orElseThrow().command(), "netops", PASSWORD,
                Duration.ofMillis(200), Instant.now());
    }

    private static void add(LabRouter router, int port) throws IOException {
        ROUTERS.put(router.name(), router);
        PORTS.put(router.name(), server.serve(router, port));
    }

    public static LabRouterServer server() {
        return server;
    }

    public static LabRouter router(String name) {
        return ROUTERS.get(name);
    }

    /** The version the routers of {@link HostileRouters} report, when their output carries one. */
    public static String hostileVersion() {
        return HostileRouters.VERSION;
    }

    public static LabRouterServer bastionServer() {
        return bastionServer;
    }

    public static int port(String name) {
        return PORTS.get(name);
    }

    /**
     * The last fleet router playing this platform: tests that name fleet routers take early ones and some check
     * a device's history, so a test that changes how a device is declared keeps to the end of the fleet.
     */
    public static String fleetRouterOf(String platform) {
        return fleetNames().stream().filter(n -> ROUTERS.get(n).platform().equals(platform))
                .reduce((first, second) -> second)
                .orElseThrow(() -> new IllegalArgumentException("no fleet router plays " + platform));
    }

    /** Makes the next inventory point this router at a closed port: it stops answering until {@link #bringBack}. */
    public static void takeDown(String name) {
        DOWN.add(name);
    }

    public static void bringBack(String name) {
        DOWN.remove(name);
    }

    public static List<String> fleetNames() {
        return ROUTERS.keySet().stream().filter(n -> n.startsWith("fleet-")).toList();
    }

    /** Rewrites the inventory so the next sweep polls exactly these devices. */
    public static void useOnly(List<String> names) {
        useOnly(names, Map.of());
    }

    /**
     * Rewrites the inventory so the next sweep polls exactly these devices.
     *
     * @param groups group of a device where it should differ from its usual one
     */
    public static void useOnly(List<String> names, Map<String, String> groups) {
        useOnly(names, groups, Map.of());
    }

    /**
     * Rewrites the inventory so the next sweep polls exactly these devices.
     *
     * @param groups    group of a device where it should differ from its usual one
     * @param platforms platform the inventory declares for a device, where it should differ from the router's own
     *                  (such as {@code autodetect})
     */
    public static void useOnly(List<String> names, Map<String, String> groups, Map<String, String> platforms) {
        String devices = names.stream().map(name -> {
            LabRouter router = ROUTERS.get(name);
            String platform = platforms.getOrDefault(name, router == null ? "cisco_ios" : router.platform());
            String credential = switch (name) {
                case "wrong-password" -> "stale";
                case "key-only" -> "keyed";
                default -> name.startsWith("capped-") ? "capped" : "lab";
            };
            String group = groups.getOrDefault(name,
                    GROUPS.getOrDefault(name, name.startsWith("fleet-") ? "fleet" : "odd"));
            return "  - { name: %s, host: 127.0.0.1, port: %d, platform: %s, credential: %s, group: %s }"
                    .formatted(name, PORTS.get(DOWN.contains(name) ? "closed-port" : name), platform, credential,
                            group);
        }).collect(Collectors.joining("\n"));
        write("""
                groups:
                  legacy:
                    ssh: { kex: [%s], ciphers: [%s], macs: [%s] }
                  shell: { shell: true }
                  enable: { shell: true, enable: ${file:%s} }
                  enable-wrong: { enable: not-the-enable-secret }
                  bastion:
                    jump-host: { host: 127.0.0.1, port: %d, credential: jump }
                credentials:
                  lab: { username: netops, password: ${file:%s} }
                  stale: { username: netops, password: not-the-password }
                  keyed: { username: netops, private-key: %s }
                  jump: { username: jump, password: %s }
                  capped: { username: netops, password: ${file:%s}, max-sessions: %d }
                devices:
                %s
                """.formatted(String.join(", ", LEGACY_KEX), String.join(", ", LEGACY_CIPHERS),
                String.join(", ", LEGACY_MACS), ENABLE_FILE.toAbsolutePath(), PORTS.get("bastion"),
                PASSWORD_FILE.toAbsolutePath(), USER_KEY_FILE.toAbsolutePath(), JUMP_PASSWORD,
                PASSWORD_FILE.toAbsolutePath(), CAP, devices));
    }

    public static void write(String inventory) {
        try {
            Files.createDirectories(INVENTORY.getParent());
            Files.writeString(INVENTORY, inventory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
