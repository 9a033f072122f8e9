package io.driftwatch.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The daemon itself, started through its main method in a profile that is neither {@code lab} nor {@code test},
 * with the operator password the old manifests shipped: it refuses to start, and says which user, not the password.
 */
@QuarkusMainTest
@TestProfile(WeakPasswordStartTest.ProductionLike.class)
class WeakPasswordStartTest {

    private static final String SHIPPED_PASSWORD = "change-me";

    public static class ProductionLike implements QuarkusTestProfile {
        @Override
        public String getConfigProfile() {
            return "production-like";
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.ofEntries(
                    Map.entry("quarkus.security.users.embedded.users.operator", SHIPPED_PASSWORD),
                    Map.entry("quarkus.security.users.embedded.roles.operator", "operator"),
                    Map.entry("quarkus.security.users.embedded.users.noc", "a long enough pass phrase"),
                    Map.entry("quarkus.datasource.db-kind", "h2"),
                    Map.entry("quarkus.datasource.jdbc.url", "jdbc:h2:mem:driftwatch-weak;DB_CLOSE_DELAY=-1"),
                    Map.entry("quarkus.http.port", "0"),
                    Map.entry("driftwatch.sweep.cron", "off"),
                    Map.entry("driftwatch.history.retention-cron", "off"),
                    Map.entry("driftwatch.inventory.path", "target/no-inventory.yaml"));
        }
    }

    @Test
    void aShippedPasswordStopsTheStart(QuarkusMainLauncher launcher) {
        LaunchResult result = launcher.launch();
        String output = result.getOutput() + "\n" + result.getErrorOutput();
        assertEquals(1, result.exitCode(), output);
        assertTrue(output.contains("the password of user 'operator' is shorter than 12 characters"), output);
        assertFalse(output.contains("user 'noc'"), "a good password is not named: " + output);
        assertFalse(output.contains(SHIPPED_PASSWORD), "the password is never printed");
    }
}
