package io.driftwatch.history;

import io.driftwatch.testing.PostgresqlDatabase;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The two application starts of the {@code kill -9} check, sharing a database of their own (an H2 file, or a
 * PostgreSQL schema); see {@link RestartProfiles} for how the first always runs before the second.
 */
public final class KillRestartProfiles {

    static final String SCHEMA = "kill_restart";

    private KillRestartProfiles() {
    }

    public static class FirstRun implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.url", PostgresqlDatabase.restartUrl(SCHEMA));
        }
    }

    public static class SecondRun implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.url", PostgresqlDatabase.restartUrl(SCHEMA));
        }
    }
}
