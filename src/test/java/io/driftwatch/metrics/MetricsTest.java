package io.driftwatch.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.driftwatch.lab.LabRouter;
import io.driftwatch.testing.FakeRouters;
import io.driftwatch.testing.MetricsScrape;
import io.driftwatch.testing.Sweeps;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** What a Prometheus scrape of /q/metrics shows after sweeps with a failure and a drift. */
@QuarkusTest
@QuarkusTestResource(FakeRouters.class)
class MetricsTest {

    @Test
    void sweepsDriftFailuresAndTheFleetShowUpInTheScrape() {
        List<String> devices = List.of("fleet-196", "fleet-197", "fleet-198", "wrong-password");
        FakeRouters.useOnly(devices);
        Sweeps.runAndWait();
        Map<String, Double> before = MetricsScrape.samples();

        // A fleet router no other test watches for drift.
        FakeRouters.router("fleet-198").upgrade(Instant.now());
        Sweeps.runAndWait();
        Map<String, Double> after = MetricsScrape.samples();

        assertEquals(1.0, delta(before, after, "driftwatch_sweep_duration_seconds_count{state=\"COMPLETED\"}"));
        assertEquals(1.0, delta(before, after, "driftwatch_ssh_errors_total{kind=\"AUTH_FAILED\"}"));
        assertEquals(0.0, delta(before, after, "driftwatch_ssh_errors_total{kind=\"TIMEOUT\"}"));
        assertEquals(1.0, delta(before, after, "driftwatch_drift_events_total{kind=\"VERSION_CHANGED\"}"));
        assertTrue(after.containsKey("driftwatch_sweep_duration_seconds_bucket{state=\"COMPLETED\",le=\"60.0\"}"),
                after.keySet().toString());

        // The fleet gauges describe exactly the inventory just swept.
        assertEquals(3.0, after.get("driftwatch_devices{status=\"OK\"}"));
        assertEquals(1.0, after.get("driftwatch_devices{status=\"AUTH_FAILED\"}"));
        double total = after.entrySet().stream().filter(e -> e.getKey().startsWith("driftwatch_devices{"))
                .mapToDouble(Map.Entry::getValue).sum();
        assertEquals(devices.size(), total);
        LabRouter upgrader = FakeRouters.router("fleet-198");
        assertEquals(1.0, after.get("driftwatch_device_versions{platform=\"" + upgrader.platform() + "\",version=\""
                + upgrader.version() + "\"}"), after.keySet().toString());
        assertEquals(0.0, after.get("driftwatch_sessions_in_flight"));
        assertTrue(after.get("driftwatch_last_sweep_finished_timestamp_seconds") > 1.7e9);

        // Every router, the wrong password too, agreed on algorithms before logging in: the lab's Ed25519 host keys.
        Map<String, Double> sessions = deltas(before, after, "driftwatch_ssh_sessions_total{");
        assertEquals(devices.size(), sessions.values().stream().mapToDouble(Double::doubleValue).sum(), 0.0,
                sessions.toString());
        assertTrue(sessions.keySet().stream().allMatch(s -> s.contains("host_key=\"ssh-ed25519\"")
                && s.contains("kex=\"curve25519-sha256\"")), sessions.toString());
    }

    private static Map<String, Double> deltas(Map<String, Double> before, Map<String, Double> after, String prefix) {
        Map<String, Double> deltas = new TreeMap<>();
        after.forEach((series, value) -> {
            double delta = value - before.getOrDefault(series, 0.0);
            if (series.startsWith(prefix) && delta != 0) {
                deltas.put(series, delta);
            }
        });
        return deltas;
    }

    private static double delta(Map<String, Double> before, Map<String, Double> after, String series) {
        assertTrue(after.containsKey(series), series + " missing from " + after.keySet());
        return after.get(series) - before.getOrDefault(series, 0.0);
    }
}
