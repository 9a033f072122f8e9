package io.driftwatch.polling;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.driftwatch.history.Device;
import io.driftwatch.history.DeviceRepository;
import io.driftwatch.history.Observation;
import io.driftwatch.history.ObservationRepository;
import io.driftwatch.history.Sweep;
import io.driftwatch.history.SweepRepository;
import io.driftwatch.lab.LabRouter;
import io.driftwatch.testing.FakeRouters;
import io.driftwatch.testing.PostgresqlDatabase;
import io.driftwatch.testing.Sweeps;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What SIGTERM does to a running sweep (the observer Quarkus calls on shutdown, with a 1 s grace): no new
 * devices, a bounded wait, an INTERRUPTED sweep holding only whole results. Its own application and database, since
 * a stopped daemon starts no more sweeps.
 */
@QuarkusTest
@TestProfile(ShutdownTest.SlowFleet.class)
@QuarkusTestResource(FakeRouters.class)
class ShutdownTest {

    private static final Duration SLOW = Duration.ofMillis(1500);

    public static class SlowFleet implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // The silent router holds its slot for 20 s, far past the time the test stops the sweep.
            return Map.of("driftwatch.sweep.max-concurrency", "2", "driftwatch.sweep.shutdown-grace", "1s",
                    "driftwatch.ssh.command-timeout", "20s", "driftwatch.ssh.device-deadline", "30s",
                    "quarkus.datasource.jdbc.url", PostgresqlDatabase.separateUrl("shutdown"));
        }
    }

    @Inject
    SweepService sweeps;
    @Inject
    SweepRepository sweepRows;
    @Inject
    DeviceRepository devices;
    @Inject
    ObservationRepository observations;

    @Test
    void aStoppedSweepEndsInterruptedWithOnlyWholeResults() {
        List<String> names = new ArrayList<>(List.of("silent"));
        for (int i = 100; i < 108; i++) {
            names.add("fleet-%03d".formatted(i));
        }
        names.stream().filter(n -> n.startsWith("fleet-")).forEach(n -> FakeRouters.router(n).latency(SLOW));
        // JDK key types: this is a restarted application (see testing/ClassOrder).
        names.forEach(n -> FakeRouters.router(n).hostKeyType(LabRouter.HostKeyType.ECDSA));
        try {
            FakeRouters.useOnly(names);
            long id = given().auth().preemptive().basic(Sweeps.OPERATOR, Sweeps.OPERATOR_PASSWORD)
                    .contentType("application/json").post("/api/sweeps").then().statusCode(202).extract().jsonPath()
                    .getLong("id");
            // Mid-way: two results are in, the silent router (which would take the whole device deadline) is not.
            await("two results of sweep " + id).atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                    .until(() -> given().get("/api/sweeps/" + id).jsonPath().getInt("ok") >= 2);

            long start = System.nanoTime();
            sweeps.onStop(new ShutdownEvent());
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            // The grace plus the time to write the outcome, never the silent router's 20 s.
            assertTrue(took.compareTo(Duration.ofSeconds(10)) < 0, "stop took " + took);
            assertTrue(sweeps.runningSweep().isEmpty());
            assertTrue(sweeps.start(Sweep.Trigger.MANUAL).isEmpty(), "a stopped daemon starts no sweep");
            QuarkusTransaction.requiringNew().run(() -> checkWholeResults(id, names.size()));
        } finally {
            names.stream().filter(n -> n.startsWith("fleet-"))
                    .forEach(n -> FakeRouters.router(n).latency(Duration.ofMillis(200)));
        }
    }

    private void checkWholeResults(long id, int inventorySize) {
        Sweep sweep = sweepRows.findById(id);
        assertEquals(Sweep.State.INTERRUPTED, sweep.state);
        assertNotNull(sweep.finishedAt);
        int counted = sweep.counts().values().stream().mapToInt(Integer::intValue).sum();
        assertEquals(sweep.devices, counted, "the sweep's device count is the results it recorded");
        assertTrue(counted >= 2 && counted < inventorySize, "recorded " + counted + " of " + inventorySize);

        List<Device> polled = devices.list("polledSweepId", id);
        assertEquals(counted, polled.size(), "every recorded result updated its device");
        for (Device device : polled) {
            Observation span = observations.findById(device.observationId);
            assertNotNull(span, device.name + " has no history span");
            assertNull(span.lastSweepId, device.name + "'s current span is open");
            assertTrue(span.sweepId <= id);
        }
        assertTrue(polled.stream().noneMatch(d -> d.name.equals("silent")), "the silent router's poll was cancelled");
        long strays = observations.count("sweepId = ?1 and deviceId not in (select d.id from Device d"
                + " where d.polledSweepId = ?1)", id);
        assertEquals(0, strays, "no history row without its device's update");
    }
}
