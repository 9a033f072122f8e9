package io.driftwatch.alerting;

import io.driftwatch.testing.PostgresqlDatabase;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.HashMap;
import java.util.Map;

/**
 * Two application starts on one H2 file (a schema on the PostgreSQL run), as in {@code history.RestartProfiles}: the
 * first raises an event while its hook's receiver is unreachable, the second, with the receiver up, must deliver it.
 * The second run's {@code @Order(ClassOrder.SECOND_START)} runs it after the first (see
 * {@link io.driftwatch.testing.ClassOrder}).
 */
public final class RestartDeliveryProfiles {

    static final String URL = PostgresqlDatabase.restartUrl(PostgresqlDatabase.ALERTING_RESTART_SCHEMA);

    private RestartDeliveryProfiles() {
    }

    private static Map<String, String> config(String hookUrl) {
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.datasource.jdbc.url", URL);
        config.put("driftwatch.hooks.restart.type", "webhook");
        config.put("driftwatch.hooks.restart.url", hookUrl);
        config.put("driftwatch.hooks.restart.secret", HookReceiver.SECRET);
        config.put("driftwatch.hooks.restart.groups", "alert-restart");
        config.put("driftwatch.hooks.restart.timeout", "2s");
        config.put("driftwatch.hooks.restart.retry-initial-delay", "200ms");
        config.put("driftwatch.hooks.restart.retry-max-delay", "1s");
        return config;
    }

    public static class FirstRun implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // Port 1: nothing listens there, so every attempt is refused.
            return config("http://127.0.0.1:1/restart");
        }
    }

    public static class SecondRun implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return config("${alerting-test.receiver}/restart");
        }
    }
}
