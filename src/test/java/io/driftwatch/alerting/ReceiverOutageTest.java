package io.driftwatch.alerting;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.driftwatch.testing.FakeRouters;
import io.driftwatch.testing.MetricsScrape;
import io.driftwatch.testing.Sweeps;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(FakeRouters.class)
@QuarkusTestResource(HookReceiver.class)
class ReceiverOutageTest {

    private static final List<String> DEVICES = List.of("alert-02", "alert-03", "alert-04");

    @Test
    void everyEventRaisedWhileTheReceiverIsDownArrivesAfterwardsInOrderPerDevice() {
        FakeRouters.useOnly(DEVICES,
                DEVICES.stream().collect(Collectors.toMap(Function.identity(), d -> "alert-flaky")));
        Sweeps.runAndWait();
        HookReceiver.stopFlaky();
        try {
            for (int round = 0; round < 3; round++) {
                DEVICES.forEach(d -> FakeRouters.router(d).upgrade(Instant.now()));
                JsonPath sweep = Sweeps.runAndWait();
                // No sweep waits on a hook: a poll of three routers stays quick with the receiver refusing.
                assertTrue(Duration.between(Instant.parse(sweep.getString("startedAt")),
                        Instant.parse(sweep.getString("finishedAt"))).toSeconds() < 5, "sweep took long");
            }
            List<Long> events = eventIds();
            assertEquals(9, events.size());
            // The other hook on the same devices is not held up by the one that is down.
            await("nine deliveries to the steady hook").atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(50)).until(() -> received("/steady").size() >= 9);
            assertTrue(received("/steady").containsAll(events), "steady hook got every event");
            JsonPath flaky = given().get("/api/hooks/flaky/deliveries").then().extract().jsonPath();
            assertEquals(9, flaky.getList("findAll { it.state == 'PENDING' }").size());
            assertTrue(flaky.getInt("max { it.attempts }.attempts") >= 1);
            String error = given().get("/api/hooks").then().extract().jsonPath()
                    .getString("find { it.name == 'flaky' }.lastError");
            assertTrue(error.startsWith("cannot connect"), error);
            assertEquals(9, given().get("/api/hooks").then().extract().jsonPath()
                    .getInt("find { it.name == 'flaky' }.backlog"));
            // Prometheus sees the same: failed attempts, and the backlog once its gauge is next read.
            assertTrue(MetricsScrape.sum("driftwatch_hook_delivery_failures_total", "hook=\"flaky\"") >= 1);
            awaitMetric("driftwatch_outbox_backlog", "hook=\"flaky\"", 9);
        } finally {
            HookReceiver.startFlaky();
        }

        List<Long> events = eventIds();
        await("every event at the flaky hook once it is back").atMost(Duration.ofSeconds(15))
                .pollInterval(Duration.ofMillis(50)).until(() -> received("/flaky").containsAll(events));
        assertEquals(Set.copyOf(events), Set.copyOf(received("/flaky")), "none lost");
        // In order per device: each device's events arrive by ascending id, each going on from where the last ended.
        Map<String, List<HookReceiver.Received>> byDevice = HookReceiver.at("/flaky").stream()
                .collect(Collectors.groupingBy(r -> r.json().getString("device")));
        for (String device : DEVICES) {
            List<Long> ids = firstArrivals(byDevice.get(device));
            List<Long> sorted = new ArrayList<>(ids);
            sorted.sort(null);
            assertEquals(sorted, ids, device + " out of order");
            List<HookReceiver.Received> arrivals = byDevice.get(device);
            for (int i = 1; i < arrivals.size(); i++) {
                if (arrivals.get(i).json().getLong("eventId") != arrivals.get(i - 1).json().getLong("eventId")) {
                    assertEquals(arrivals.get(i - 1).json().getString("to"), arrivals.get(i).json().getString("from"));
                }
            }
        }
        JsonPath rows = given().get("/api/hooks/flaky/deliveries").then().extract().jsonPath();
        assertEquals(9, rows.getList("findAll { it.state == 'DELIVERED' }").size());
        assertTrue(MetricsScrape.sum("driftwatch_hook_deliveries_total", "hook=\"flaky\",type=\"webhook\"") >= 9);
        awaitMetric("driftwatch_outbox_backlog", "hook=\"flaky\"", 0);
        // The hook backs off as a whole while down, so only rows at the head of the queue were tried meanwhile.
        assertTrue(rows.getInt("max { it.attempts }.attempts") >= 2, "retried until the receiver came back");
        assertTrue(rows.getString("find { it.attempts > 1 }.lastError").startsWith("cannot connect"),
                "the last error stays on record");
    }

    private static void awaitMetric(String name, String labels, double expected) {
        await(name + "{" + labels + "} at " + expected).atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> assertEquals(expected, MetricsScrape.sum(name, labels),
                        name + "{" + labels + "}"));
    }

    private static List<Long> eventIds() {
        List<Long> ids = new ArrayList<>();
        for (String device : DEVICES) {
            ids.addAll(given().get("/api/drift?kind=VERSION_CHANGED&device=" + device).then().extract().jsonPath()
                    .getList("id", Long.class));
        }
        return ids;
    }

    private static List<Long> received(String path) {
        return HookReceiver.at(path).stream().map(r -> r.json().getLong("eventId")).toList();
    }

    private static List<Long> firstArrivals(List<HookReceiver.Received> arrivals) {
        return arrivals.stream().map(r -> r.json().getLong("eventId")).distinct().toList();
    }

    @Test
    void aReceiverThatAsksForAPauseGetsIt() {
        long eventId = HookReceiver.upgrade("alert-16", "alert-busy").eventId();
        HookReceiver.await("/busy", r -> "2".equals(r.header("X-Driftwatch-Attempt")), Duration.ofSeconds(30));
        List<HookReceiver.Received> tries = HookReceiver.at("/busy");
        assertEquals("1", tries.get(0).header("X-Driftwatch-Attempt"));
        // Retry-After: 2 outweighs the hook's 200 ms backoff.
        assertTrue(tries.get(1).nanos() - tries.get(0).nanos() >= Duration.ofMillis(1900).toNanos());
        assertEquals(tries.get(0).header("X-Driftwatch-Event-Id"), tries.get(1).header("X-Driftwatch-Event-Id"));
        JsonPath row = JsonPath.from(given().get("/api/hooks/busy/deliveries").then().extract().asString())
                .setRootPath("find { it.eventId == " + eventId + " }");
        assertEquals("HTTP 429: slow down", row.getString("lastError"));
    }
}
