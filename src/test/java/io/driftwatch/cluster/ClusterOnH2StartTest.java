package io.driftwatch.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The daemon itself on its embedded H2 with the cluster switched on: it refuses to start and says which setting
 * needs PostgreSQL, before it polls anything.
 */
@QuarkusMainTest
@TestProfile(ClusterOnH2StartTest.ClusterOnH2.class)
class ClusterOnH2StartTest {

    public static class ClusterOnH2 implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.ofEntries(Map.entry("driftwatch.cluster.enabled", "true"),
                    Map.entry("quarkus.datasource.db-kind", "h2"),
                    Map.entry("quarkus.datasource.jdbc.url", "jdbc:h2:mem:driftwatch-cluster-h2;DB_CLOSE_DELAY=-1"),
                    Map.entry("quarkus.http.port", "0"), Map.entry("driftwatch.sweep.cron", "off"),
                    Map.entry("driftwatch.history.retention-cron", "off"),
                    Map.entry("driftwatch.inventory.path", "target/no-inventory.yaml"));
        }
    }

    @Test
    void aClusterOnH2StopsTheStart(QuarkusMainLauncher launcher) {
        LaunchResult result = launcher.launch();
        String output = result.getOutput() + "\n" + result.getErrorOutput();
        assertEquals(1, result.exitCode(), output);
        assertTrue(output.contains("driftwatch.cluster.enabled needs PostgreSQL"), output);
        assertTrue(output.contains("this database is H2"), output);
    }
}
