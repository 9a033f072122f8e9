package io.driftwatch.polling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.driftwatch.lab.LabFleet;
import io.driftwatch.lab.LabHostKeys;
import io.driftwatch.parsing.ParserRegistry;
import io.driftwatch.testing.FakeRouters;
import io.driftwatch.testing.FreePorts;
import io.driftwatch.testing.MetricsScrape;
import io.driftwatch.testing.PostgresqlDatabase;
import io.driftwatch.testing.Sweeps;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Routers that offer only a dear key exchange (4,096-bit Diffie-Hellman), more of them polled at once than the CPU
 * serves within the login time. Without {@link KeyExchangeGate} their exchanges share the CPU, end together past
 * {@code auth-timeout}, and every poll is {@code TIMEOUT}; with it the later ones wait their turn and all answer.
 */
@QuarkusTest
@TestProfile(CostlyKeyExchangesTest.ShortLoginTime.class)
@QuarkusTestResource(FakeRouters.class)
class CostlyKeyExchangesTest {

    private static final int ROUTERS = 200;
    private static final String DEAR_KEX = "diffie-hellman-group16-sha512";

    public static class ShortLoginTime implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.url", PostgresqlDatabase.separateUrl("costly_kex"),
                    "driftwatch.ssh.auth-timeout", "2s",
                    "driftwatch.ssh.device-deadline", "60s",
                    "driftwatch.sweep.max-concurrency", String.valueOf(ROUTERS));
        }
    }

    @Test
    void routersWithOnlyADearKeyExchangeAllAnswerWhenMorePollsAreInFlightThanTheCpuServesInTime()
            throws Exception {
        // Host keys of the JDK's own types: this application is not the test JVM's first (see ClassOrder).
        LabFleet.Settings settings = new LabFleet.Settings(ROUTERS, Duration.ZERO, FreePorts.range(ROUTERS), 0, 0, 7,
                Path.of("target/costly-kex-fleet")).withHostKeys(LabHostKeys.ECDSA).withKex(List.of(DEAR_KEX));
        try (LabFleet fleet = LabFleet.start(settings, ParserRegistry.standard(), Clock.systemUTC())) {
            FakeRouters.write(Files.readString(fleet.inventoryFile()));

            var sweep = Sweeps.runAndWait();

            assertEquals(ROUTERS, sweep.getInt("ok"), sweep::prettify);
            double meanCpu = MetricsScrape.samples().get("driftwatch_ssh_key_exchange_cpu_seconds");
            assertTrue(meanCpu > 0.001, "a 4,096-bit exchange costs milliseconds, measured: " + meanCpu + " s");
            assertEquals(0.0, MetricsScrape.samples().get("driftwatch_ssh_key_exchanges_waiting"));
        }
    }
}
