package io.driftwatch.deploy;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.driftwatch.lab.LabRouter;
import io.driftwatch.testing.FakeRouters;
import io.driftwatch.testing.MetricsScrape;
import io.driftwatch.testing.PostgresqlDatabase;
import io.driftwatch.testing.Sweeps;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every series the Grafana dashboard and the alert rules of deploy/monitoring read is one this daemon exports, with
 * the label values they select: checked against a scrape after sweeps with drift and a hook that delivers and one
 * that fails, so every meter is registered.
 */
@QuarkusTest
@TestProfile(MonitoringMetricsTest.TwoHooks.class)
@QuarkusTestResource(FakeRouters.class)
class MonitoringMetricsTest {

    private static final List<String> DEVICES = List.of("fleet-160", "fleet-161");
    /**
     * Labels the scrape cannot show: {@code node} only a cluster adds (ClusterViewTest checks it), the others
     * Prometheus adds to each target.
     */
    private static final Set<String> ADDED_LATER = Set.of("node", "job", "namespace", "instance", "pod");
    /** Prometheus's own series per target, not the daemon's. */
    private static final Set<String> PROMETHEUS_SERIES = Set.of("up");

    /** A hook that delivers (a command reading the event) and one whose receiver refuses every connection. */
    public static class TwoHooks implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.ofEntries(Map.entry("driftwatch.hooks.delivered.type", "exec"),
                    Map.entry("driftwatch.hooks.delivered.command", "sh -c 'cat > /dev/null'"),
                    Map.entry("driftwatch.hooks.delivered.groups", "monitoring"),
                    Map.entry("driftwatch.hooks.refused.type", "webhook"),
                    Map.entry("driftwatch.hooks.refused.url", "http://127.0.0.1:1/refused"),
                    Map.entry("driftwatch.hooks.refused.groups", "monitoring"),
                    // One failed attempt is all the test needs; no retry storm meanwhile.
                    Map.entry("driftwatch.hooks.refused.retry-initial-delay", "1m"),
                    Map.entry("driftwatch.hooks.refused.retry-max-delay", "10m"),
                    Map.entry("quarkus.datasource.jdbc.url", PostgresqlDatabase.separateUrl("monitoring")));
        }
    }

    @Test
    void everySeriesTheDashboardAndTheAlertsReadIsInTheScrape() throws IOException {
        // JDK key types: this is a restarted application (see testing/ClassOrder).
        DEVICES.forEach(name -> FakeRouters.router(name).hostKeyType(LabRouter.HostKeyType.ECDSA));
        FakeRouters.useOnly(DEVICES, DEVICES.stream().collect(Collectors.toMap(name -> name, name -> "monitoring")));
        Sweeps.runAndWait();
        FakeRouters.router("fleet-160").upgrade(Instant.now());
        Sweeps.runAndWait();
        await("a delivery and a failed attempt counted").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> MetricsScrape.sum("driftwatch_hook_deliveries_total", "hook=\"delivered\"") >= 1
                        && MetricsScrape.sum("driftwatch_hook_delivery_failures_total", "hook=\"refused\"") >= 1);
        List<MetricsScrape.Series> scrape = MetricsScrape.everySeries();

        List<String> queries = new ArrayList<>(MonitoringFiles.dashboardQueries());
        queries.addAll(MonitoringFiles.ruleExpressions());
        Set<String> used = new TreeSet<>();
        for (String query : queries) {
            List<MonitoringFiles.Selector> selectors = MonitoringFiles.selectors(query);
            assertFalse(selectors.isEmpty(), "no series in " + query);
            for (MonitoringFiles.Selector selector : selectors) {
                used.add(selector.metric());
                if (PROMETHEUS_SERIES.contains(selector.metric())) {
                    continue;
                }
                List<MetricsScrape.Series> named = scrape.stream()
                        .filter(series -> series.name().equals(selector.metric())).toList();
                assertFalse(named.isEmpty(), selector.metric() + " is not in /q/metrics; used by " + query);
                for (MonitoringFiles.LabelMatcher matcher : selector.matchers()) {
                    if (!ADDED_LATER.contains(matcher.label())) {
                        assertTrue(named.stream().anyMatch(series -> matcher.foundIn(
                                series.labels().get(matcher.label()))), selector.metric() + " has no series with "
                                        + matcher + "; used by " + query);
                    }
                }
            }
        }

        // The dashboard and the alerts read every Driftwatch series but the timer's decaying maximum, which at one
        // sweep a period mostly reads 0.
        Set<String> exported = scrape.stream().map(MetricsScrape.Series::name)
                .filter(name -> name.startsWith("driftwatch_") && !name.endsWith("_max"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(exported, used.stream().filter(name -> name.startsWith("driftwatch_"))
                .collect(Collectors.toCollection(TreeSet::new)));
    }
}
