package io.driftwatch.history;

import io.driftwatch.testing.PostgresqlDatabase;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * Application starts that share a database, two by two: {@code RestartFirstRunTest} sweeps and
 * {@code RestartSecondRunTest} reads what survived; {@code DriftRestartFirstRunTest} and
 * {@code DriftRestartSecondRunTest} (the first sweep ever is a baseline; drift state survives);
 * {@code BastionRestartFirstRunTest} and {@code BastionRestartSecondRunTest} (a bastion's pinned key survives). Each
 * second run carries {@code @Order(ClassOrder.SECOND_START)}, which runs it after its first run (see
 * {@link io.driftwatch.testing.ClassOrder}); run on its own, it finds nothing to read. Each pair has a database of its
 * own: an H2 file of this test JVM, or a schema on the PostgreSQL run.
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
