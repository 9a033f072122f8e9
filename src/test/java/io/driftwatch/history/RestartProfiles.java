package io.driftwatch.history;

import io.driftwatch.testing.PostgresqlDatabase;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * Two application starts on one H2 file. Quarkus runs test classes grouped by profile, the groups in the order
 * of their test class names, so {@code RestartFirstRunTest} (which sweeps) always runs before
 * {@code RestartSecondRunTest} (which reads what survived).
 */
public final class RestartProfiles {

    /**
     * One database file per test JVM, shared by both starts and by no other run; on the PostgreSQL run a schema of
     * their own, emptied at the start of the run.
     */
    static final String URL = PostgresqlDatabase.restartUrl(PostgresqlDatabase.RESTART_SCHEMA);

    private RestartProfiles() {
    }

    public static class FirstRun implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.url", URL);
        }
    }

    public static class SecondRun implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.url", URL);
        }
    }
}
