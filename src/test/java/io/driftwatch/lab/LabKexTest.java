package io.driftwatch.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.driftwatch.parsing.ParserRegistry;
import io.driftwatch.testing.FreePorts;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.apache.sshd.client.ClientBuilder;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.kex.BuiltinDHFactories;
import org.apache.sshd.common.kex.KexProposalOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A lab fleet set to some key exchanges offers those only, as older routers do, and refuses a name it lacks. */
class LabKexTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String GROUP14 = "diffie-hellman-group14-sha256";

    @Test
    void routersOfferOnlyTheKeyExchangesTheFleetIsSetTo(@TempDir Path directory) throws Exception {
        LabFleet.Settings settings = new LabFleet.Settings(1, Duration.ZERO, FreePorts.range(1), 0, 0, 7, directory)
                .withKex(List.of(GROUP14));
        SshClient client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
        client.start();
        try (LabFleet fleet = LabFleet.start(settings, ParserRegistry.standard(), Clock.systemUTC())) {
            LabRouter router = fleet.routers().get(0);
            try (ClientSession session = client.connect(router.username(), "127.0.0.1", settings.basePort())
                    .verify(WAIT).getSession()) {
                session.addPasswordIdentity(router.password());
                session.auth().verify(WAIT);
                assertEquals(GROUP14, session.getNegotiatedKexParameter(KexProposalOption.ALGORITHMS));
            }
            // A client of curve25519 alone finds nothing in common with it.
            client.setKeyExchangeFactories(List.of(ClientBuilder.DH2KEX.apply(BuiltinDHFactories.curve25519)));
            try (ClientSession session = client.connect(router.username(), "127.0.0.1", settings.basePort())
                    .verify(WAIT).getSession()) {
                session.addPasswordIdentity(router.password());
                assertThrows(Exception.class, () -> session.auth().verify(WAIT));
            }
        } finally {
            client.stop();
        }
    }

    @Test
    void anUnknownKeyExchangeIsRefusedNamingTheSettingAndTheKnownOnes(@TempDir Path directory) {
        LabFleet.Settings settings = new LabFleet.Settings(1, Duration.ZERO, 20000, 0, 0, 7, directory);
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> settings.withKex(List.of(GROUP14, "diffie-hellman-group99")));
        assertTrue(refused.getMessage().startsWith(
                "driftwatch.lab.kex: no key exchange named 'diffie-hellman-group99'; known: "), refused.getMessage());
        assertTrue(refused.getMessage().contains(GROUP14), refused.getMessage());
    }
}
