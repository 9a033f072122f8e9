package io.driftwatch.history;

import io.driftwatch.testing.PostgresqlDatabase;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * Two application starts on one fresh H2 file, to show that the first sweep ever is a baseline and that drift state
 * survives a restart. Quarkus runs test classes grouped by profile, the groups in the order of their test class
 * names, so {@code DriftRestartFirstRunTest} always runs before {@code DriftRestartSecondRunTest}.
 */
public final class DriftRestartProfiles {

    /** One database file per test JVM, shared by both starts and by no other test; on PostgreSQL a schema. */
    static final String URL = PostgresqlDatabase.restartUrl(PostgresqlDatabase.DRIFT_RESTART_SCHEMA);

    private DriftRestartProfiles() {
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
