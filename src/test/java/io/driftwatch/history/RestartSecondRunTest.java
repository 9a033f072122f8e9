package io.driftwatch.history;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import io.driftwatch.testing.ClassOrder;
import io.driftwatch.testing.FakeRouters;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/** Second half of the restart check: a new application start on the same file finds the earlier history. */
@QuarkusTest
@Order(ClassOrder.SECOND_START)
@TestProfile(RestartProfiles.SecondRun.class)
@QuarkusTestResource(FakeRouters.class)
class RestartSecondRunTest {

    @Test
    void findsTheHistoryRecordedBeforeTheRestart() {
        var sweeps = given().get("/api/sweeps").then().statusCode(200)
                .body("size()", greaterThanOrEqualTo(2))
                .body("[0].state", equalTo("COMPLETED"))
                .extract().jsonPath();
        // One span covering both sweeps of the first run.
        given().get("/api/devices/ecdsa-key/history").then().statusCode(200)
                .body("size()", equalTo(1))
                .body("[0].status", equalTo("OK"))
                .body("[0].sweepId", equalTo(sweeps.getInt("[1].id")))
                .body("[0].lastSweepId", equalTo(sweeps.getInt("[0].id")));
        given().get("/api/devices/ecdsa-key").then().body("status", equalTo("OK"));
    }
}
