package io.driftwatch.alerting;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.driftwatch.testing.ClassOrder;
import io.driftwatch.testing.FakeRouters;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/** Second half: a new start on the same database delivers what the first one owed, without any new sweep. */
@QuarkusTest
@Order(ClassOrder.SECOND_START)
@TestProfile(RestartDeliveryProfiles.SecondRun.class)
@QuarkusTestResource(FakeRouters.class)
@QuarkusTestResource(HookReceiver.class)
class RestartDeliverySecondRunTest {

    @Test
    void theEventOwedBeforeTheRestartIsDelivered() {
        JsonPath drift = given().get("/api/drift?device=rsa-key").then().extract().jsonPath();
        long eventId = drift.getLong("[0].id");
        HookReceiver.Received received = HookReceiver.await("/restart",
                r -> ("event-" + eventId).equals(r.header("X-Driftwatch-Event-Id")), Duration.ofSeconds(15));
        assertEquals("rsa-key", received.json().getString("device"));
        assertEquals(Signature.of(HookReceiver.SECRET, received.body()), received.header("X-Driftwatch-Signature"));
        assertTrue(Integer.parseInt(received.header("X-Driftwatch-Attempt")) >= 2, "an attempt before the restart");

        JsonPath row = await("event " + eventId + " delivered").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> JsonPath.from(given().get("/api/hooks/restart/deliveries").then().extract().asString())
                        .setRootPath("find { it.eventId == " + eventId + " }"),
                        r -> "DELIVERED".equals(r.getString("state")));
        assertEquals("DELIVERED", row.getString("state"));
        assertTrue(row.getString("lastError").startsWith("cannot connect"), "the failure before the restart stays");
    }
}
