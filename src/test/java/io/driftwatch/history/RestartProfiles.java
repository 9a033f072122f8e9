package io.driftwatch.history;

import io.driftwatch.testing.PostgresqlDatabase;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * Application starts that share a database, two by two. Quarkus runs test classes grouped by profile, the groups in
 * the order of their test class names, so {@code RestartFirstRunTest} (which sweeps) always runs before
 * {@code RestartSecondRunTest} (which reads what survived), and {@code DriftRestartFirstRunTest} before
 * {@code DriftRestartSecondRunTest} (the first sweep ever is a baseline; drift state survives), and
 * {@code BastionRestartFirstRunTest} before {@code BastionRestartSecondRunTest} (a bastion's pinned key survives). Each
 * pair has a database of its own: an H2 file of this test JVM, or a schema on the PostgreSQL run.
 */
public final class RestartProfiles {

    private RestartProfiles() {
    }

    private static Map<String, String> on(String schema) {
        return Map.of("quarkus.datasource.jdbc.url", PostgresqlDatabase.restartUrl(schema));
    }

    public static class FirstRun implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return on(PostgresqlDatabase.RESTART_SCHEMA);
        }
    }

    public static class SecondRun implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return on(PostgresqlDatabase.RESTART_SCHEMA);
        }
    }

    public static class DriftFirstRun implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return on(PostgresqlDatabase.DRIFT_RESTART_SCHEMA);
        }
    }

    public static class DriftSecondRun implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return on(PostgresqlDatabase.DRIFT_RESTART_SCHEMA);
        }
    }

    public static class BastionFirstRun implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return on(PostgresqlDatabase.BASTION_RESTART_SCHEMA);
        }
    }

    public static class BastionSecondRun implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return on(PostgresqlDatabase.BASTION_RESTART_SCHEMA);
        }
    }
}
