package io.driftwatch.testing;

import io.driftwatch.lab.LabOutputs;
import io.driftwatch.lab.LabRouter;
import io.driftwatch.lab.LabRouterServer;
import io.driftwatch.parsing.ParserRegistry;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
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

    private static LabRouterServer server;
    private static final Map<String, LabRouter> ROUTERS = new LinkedHashMap<>();
    private static final Map<String, Integer> PORTS = new LinkedHashMap<>();

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
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            server = null;
            ROUTERS.clear();
            PORTS.clear();
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
                "rsa-key", "hostile", "key-only")) {
            add(router(special, "cisco_ios", parsers), 0);
        }
        ROUTERS.get("silent").behaviour(LabRouter.Behaviour.SILENT);
        ROUTERS.get("garbage").behaviour(LabRouter.Behaviour.GARBAGE);
        ROUTERS.get("ecdsa-key").hostKeyType(LabRouter.HostKeyType.ECDSA);
        ROUTERS.get("rsa-key").hostKeyType(LabRouter.HostKeyType.RSA);
        ROUTERS.get("hostile").hostname("<script>alert('x')</script>");
        ROUTERS.get("key-only").authorizedKey(writeUserKey().getPublic());
        // A port nothing listens on: found free, then left closed.
        try (ServerSocket probe = new ServerSocket(0)) {
            PORTS.put("closed-port", probe.getLocalPort());
        }
        Files.createDirectories(PASSWORD_FILE.getParent());
        Files.writeString(PASSWORD_FILE, PASSWORD + "\n");
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

    public static List<String> fleetNames() {
        return ROUTERS.keySet().stream().filter(n -> n.startsWith("fleet-")).toList();
    }

    /** Rewrites the inventory so the next sweep polls exactly these devices. */
    public static void useOnly(List<String> names) {
        String devices = names.stream().map(name -> {
            LabRouter router = ROUTERS.get(name);
            String platform = router == null ? "cisco_ios" : router.platform();
            String credential = switch (name) {
                case "wrong-password" -> "stale";
                case "key-only" -> "keyed";
                default -> "lab";
            };
            return "  - { name: %s, host: 127.0.0.1, port: %d, platform: %s, credential: %s, group: %s }"
                    .formatted(name, PORTS.get(name), platform, credential, name.startsWith("fleet-") ? "fleet" : "odd");
        }).collect(Collectors.joining("\n"));
        write("""
                credentials:
                  lab: { username: netops, password: ${file:%s} }
                  stale: { username: netops, password: not-the-password }
                  keyed: { username: netops, private-key: %s }
                devices:
                %s
                """.formatted(PASSWORD_FILE.toAbsolutePath(), USER_KEY_FILE.toAbsolutePath(), devices));
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
