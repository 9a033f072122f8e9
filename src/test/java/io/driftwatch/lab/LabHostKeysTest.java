package io.driftwatch.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.driftwatch.parsing.ParserRegistry;
import io.driftwatch.testing.FreePorts;
import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lab fleet presents the host key types it is set to, over SSH, and refuses a type it does not know. */
class LabHostKeysTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Test
    void rsaRoutersPresentRsaKeysOverSsh(@TempDir Path directory) throws Exception {
        assertEquals(List.of("ssh-rsa", "ssh-rsa", "ssh-rsa"), presented(LabHostKeys.RSA, 3, directory));
    }

    @Test
    void ecdsaRoutersPresentP256KeysOverSsh(@TempDir Path directory) throws Exception {
        assertEquals(List.of("ecdsa-sha2-nistp256", "ecdsa-sha2-nistp256"), presented(LabHostKeys.ECDSA, 2,
                directory));
    }

    @Test
    void aMixedFleetTakesTheThreeTypesInTurn(@TempDir Path directory) throws Exception {
        assertEquals(List.of("ssh-ed25519", "ecdsa-sha2-nistp256", "ssh-rsa", "ssh-ed25519"),
                presented(LabHostKeys.MIX, 4, directory));
    }

    @Test
    void byDefaultEveryRouterHasAnEd25519KeyOfItsOwn(@TempDir Path directory) throws Exception {
        LabFleet.Settings settings = new LabFleet.Settings(3, Duration.ZERO, FreePorts.range(3), 0, 0, 7, directory);
        try (LabFleet fleet = LabFleet.start(settings, ParserRegistry.standard(), Clock.systemUTC())) {
            List<PublicKey> keys = fleet.routers().stream().map(r -> r.hostKey().getPublic()).toList();
            assertTrue(keys.stream().allMatch(k -> KeyUtils.getKeyType(k).equals("ssh-ed25519")), keys.toString());
            assertEquals(3, keys.stream().distinct().count());
        }
    }

    @Test
    void aRotatedKeyKeepsTheRoutersType(@TempDir Path directory) throws Exception {
        LabFleet.Settings settings = new LabFleet.Settings(1, Duration.ZERO, FreePorts.range(1), 0, 0, 7, directory)
                .withHostKeys(LabHostKeys.RSA);
        try (LabFleet fleet = LabFleet.start(settings, ParserRegistry.standard(), Clock.systemUTC())) {
            LabRouter router = fleet.routers().get(0);
            PublicKey before = router.hostKey().getPublic();
            router.rotateHostKey();
            assertNotEquals(before, router.hostKey().getPublic());
            assertEquals("ssh-rsa", KeyUtils.getKeyType(router.hostKey().getPublic()));
        }
    }

    @Test
    void rsaRoutersShareABoundedPoolOfDistinctKeys() {
        LabHostKeyPool pool = LabHostKeyPool.of(LabHostKeys.MIX, 9);
        List<KeyPair> rsa = List.of(pool.key(LabRouter.HostKeyType.RSA), pool.key(LabRouter.HostKeyType.RSA),
                pool.key(LabRouter.HostKeyType.RSA));
        assertEquals(3, rsa.stream().map(KeyPair::getPublic).distinct().count(),
                "no more RSA routers than the pool: a key each");
        assertEquals(rsa.get(0), pool.key(LabRouter.HostKeyType.RSA), "then the pool starts over");
        assertEquals("ssh-ed25519", KeyUtils.getKeyType(pool.key(LabRouter.HostKeyType.ED25519).getPublic()));
    }

    @Test
    void anUnknownTypeIsRefusedNamingTheOptionAndTheAcceptedValues() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> LabHostKeys.parse("dsa", "--host-key"));
        assertEquals("--host-key must be one of ed25519, ecdsa, rsa, mix, not 'dsa'", refused.getMessage());
        assertEquals(LabHostKeys.ECDSA, LabHostKeys.parse("ECDSA", "--host-key"));
    }

    @Test
    void anUnknownTypeInTheSettingsIsRefusedNamingTheSetting() {
        assertEquals(LabHostKeys.ED25519, config(Map.of()).hostKey());
        assertEquals(LabHostKeys.MIX, config(Map.of("driftwatch.lab.host-key", "mix")).hostKey());
        RuntimeException refused = assertThrows(RuntimeException.class,
                () -> config(Map.of("driftwatch.lab.host-key", "dsa")));
        String message = refused.getMessage();
        assertTrue(message.contains("driftwatch.lab.host-key") && message.contains("dsa")
                && message.contains("ed25519") && message.contains("ecdsa") && message.contains("rsa")
                && message.contains("mix"), message);
    }

    private static LabConfig config(Map<String, String> properties) {
        // Quarkus's duration grammar, which a plain SmallRye build does not know, for the latency's default.
        return new SmallRyeConfigBuilder().withMapping(LabConfig.class)
                .withConverter(Duration.class, 100, new DurationConverter())
                .withSources(new PropertiesConfigSource(properties, "test", 100)).build()
                .getConfigMapping(LabConfig.class);
    }

    /** The host key type each router of a fleet set to {@code keys} presents in its SSH handshake. */
    private static List<String> presented(LabHostKeys keys, int routers, Path directory) throws Exception {
        LabFleet.Settings settings = new LabFleet.Settings(routers, Duration.ZERO, FreePorts.range(routers), 0, 0, 7,
                directory).withHostKeys(keys);
        SshClient client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
        client.start();
        try (LabFleet fleet = LabFleet.start(settings, ParserRegistry.standard(), Clock.systemUTC())) {
            int basePort = settings.basePort();
            return fleet.routers().stream().map(router -> {
                int port = basePort + fleet.routers().indexOf(router);
                try (ClientSession session = client.connect(router.username(), "127.0.0.1", port).verify(WAIT)
                        .getSession()) {
                    session.addPasswordIdentity(router.password());
                    session.auth().verify(WAIT);
                    PublicKey offered = session.getServerKey();
                    assertEquals(router.hostKey().getPublic(), offered, router.name());
                    return KeyUtils.getKeyType(offered);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        } finally {
            client.stop();
        }
    }
}
