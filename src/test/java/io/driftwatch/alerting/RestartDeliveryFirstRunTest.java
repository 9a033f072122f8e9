package io.driftwatch.alerting;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.driftwatch.testing.FakeRouters;
import io.driftwatch.testing.Sweeps;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** First half of the restart check: an event whose hook cannot be reached before the daemon stops. */
@QuarkusTest
@TestProfile(RestartDeliveryProfiles.FirstRun.class)
@QuarkusTestResource(FakeRouters.class)
@QuarkusTestResource(HookReceiver.class)
class RestartDeliveryFirstRunTest {

    // rsa-key: after an in-JVM restart, Ed25519 host keys do not work (see testing/ClassOrder).
    @Test
    void anEventIsOwedToAnUnreachableHookWhenTheDaemonStops() {
        FakeRouters.useOnly(List.of("rsa-key"), Map.of("rsa-key", "alert-restart"));
        Sweeps.runAndWait();
        FakeRouters.router("rsa-key").upgrade(Instant.now());
        Sweeps.runAndWait();
        long eventId = given().get("/api/drift?device=rsa-key").then().extract().jsonPath().getLong("[0].id");

        JsonPath row = await("an attempt to deliver event " + eventId).atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> JsonPath.from(given().get("/api/hooks/restart/deliveries").then().extract().asString())
                        .setRootPath("find { it.eventId == " + eventId + " }"), r -> r.getInt("attempts") >= 1);
        assertEquals("PENDING", row.getString("state"));
        assertTrue(row.getInt("attempts") >= 1);
        assertTrue(row.getString("lastError").startsWith("cannot connect"), row.getString("lastError"));
    }
}
