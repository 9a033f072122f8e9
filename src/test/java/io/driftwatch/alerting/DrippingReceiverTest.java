package io.driftwatch.alerting;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.driftwatch.testing.FakeRouters;
import io.driftwatch.testing.Sweeps;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * A receiver that sends its headers and then one byte every 100 ms, never finishing, holds its hook at most the
 * hook's timeout (1 s) per delivery: every event still goes out, in order, each counted as delivered by its status.
 */
@QuarkusTest
@QuarkusTestResource(FakeRouters.class)
@QuarkusTestResource(HookReceiver.class)
class DrippingReceiverTest {

    private static final String DEVICE = "alert-19";
    /** The hook's timeout and room for a loaded machine; without a bound the first delivery never ends. */
    private static final Duration BOUND = Duration.ofSeconds(1).plusSeconds(3);

    @Test
    void threeVersionChangesAllReachADrippingReceiverEachHeldNoLongerThanTheTimeout() {
        FakeRouters.useOnly(List.of(DEVICE), Map.of(DEVICE, "alert-drip"));
        Sweeps.runAndWait();
        for (int i = 0; i < 3; i++) {
            FakeRouters.router(DEVICE).upgrade(Instant.now());
            Sweeps.runAndWait();
        }
        List<Long> events = given().get("/api/drift?kind=VERSION_CHANGED&device=" + DEVICE).then().statusCode(200)
                .extract().jsonPath().getList("id", Long.class);
        assertEquals(3, events.size());

        DripReceiver drip = HookReceiver.drip();
        Awaitility.await("three deliveries to the dripping receiver").atMost(30, TimeUnit.SECONDS)
                .until(() -> drip.finished().size() >= 3);
        List<DripReceiver.Call> calls = drip.finished();
        assertEquals(events.stream().sorted().map(id -> "event-" + id).toList(),
                calls.stream().map(DripReceiver.Call::eventId).toList(), "each event once, oldest first");
        for (DripReceiver.Call call : calls) {
            assertTrue(call.held().compareTo(BOUND) < 0, call.eventId() + " held the hook " + call.held());
        }
        JsonPath rows = given().get("/api/hooks/drip/deliveries").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("DELIVERED", "DELIVERED", "DELIVERED"), rows.getList("state"));
        assertEquals(List.of(1, 1, 1), rows.getList("attempts"));
    }
}
