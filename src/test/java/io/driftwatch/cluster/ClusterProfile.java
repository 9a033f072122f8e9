package io.driftwatch.cluster;

import io.driftwatch.testing.PostgresqlDatabase;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.HashMap;
import java.util.Map;

/**
 * One replica of a cluster, named {@link #NODE}, on a database of its own; the tests play the other replicas by
 * writing their rows. PostgreSQL only: a cluster refuses to start on H2. Its hook {@code once} sends the drift of
 * the {@code alert-once} group to the test receiver's {@code /once}.
 */
public class ClusterProfile implements QuarkusTestProfile {

    public static final String NODE = "this-node";

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.datasource.jdbc.url", PostgresqlDatabase.separateUrl("cluster_once"));
        config.put("driftwatch.cluster.enabled", "true");
        config.put("driftwatch.cluster.node-id", NODE);
        config.put("driftwatch.cluster.lease", "5s");
        config.put("driftwatch.hooks.once.type", "webhook");
        config.put("driftwatch.hooks.once.url", "${alerting-test.receiver}/once");
        config.put("driftwatch.hooks.once.groups", "alert-once");
        config.put("driftwatch.hooks.once.events", "version_changed");
        config.put("driftwatch.hooks.once.timeout", "2s");
        config.put("driftwatch.hooks.once.retry-initial-delay", "200ms");
        config.put("driftwatch.hooks.once.retry-max-delay", "1s");
        return config;
    }
}
