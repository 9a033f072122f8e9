package io.driftwatch.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.driftwatch.domain.Compliance;
import io.driftwatch.drift.Policy;
import io.driftwatch.drift.PolicyLoader;
import io.driftwatch.parsing.ParserRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lab writes a policy beside its inventory, so the dashboard shows compliance out of the box. */
class LabPolicyTest {

    @Test
    void approvesTheNewestTwoReleasesOfTheMainPlatforms(@TempDir Path directory) throws Exception {
        ParserRegistry parsers = ParserRegistry.standard();
        LabFleet.Settings settings = new LabFleet.Settings(60, Duration.ZERO, 0, 0, 0, 7, directory);
        try (LabFleet fleet = LabFleet.start(settings, parsers, Clock.systemUTC())) {
            Policy policy = new PolicyLoader(parsers.platforms()).load(directory.resolve("policy.yaml"));
            assertTrue(policy.exists());

            Map<Compliance, Integer> verdicts = new EnumMap<>(Compliance.class);
            for (LabRouter router : fleet.routers()) {
                Compliance compliance = policy.evaluate(router.platform(), router.name(), null, null,
                        router.version()).compliance();
                List<String> train = LabCatalog.versionTrain(router.platform());
                Compliance expected = !List.of("cisco_ios", "cisco_nxos", "cisco_xr", "juniper_junos", "arista_eos")
                        .contains(router.platform()) ? Compliance.NO_POLICY
                        : train.indexOf(router.version()) >= train.size() - 2 ? Compliance.COMPLIANT
                        : Compliance.NON_COMPLIANT;
                assertEquals(expected, compliance, router.name() + " on " + router.version());
                verdicts.merge(compliance, 1, Integer::sum);
            }
            // Routers start below the newest two releases, so a fresh lab shows work to do.
            assertTrue(verdicts.getOrDefault(Compliance.NON_COMPLIANT, 0) > 10, verdicts.toString());
        }
    }
}
