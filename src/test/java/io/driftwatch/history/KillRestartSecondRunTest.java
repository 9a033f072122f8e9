package io.driftwatch.history;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.driftwatch.testing.ClassOrder;
import io.driftwatch.testing.FakeRouters;
import io.driftwatch.testing.Sweeps;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Second half of the {@code kill -9} check: the next start closes the sweep the killed process left running, keeps
 * the history recorded before, and sweeps again as usual.
 */
@QuarkusTest
@Order(ClassOrder.SECOND_START)
@TestProfile(KillRestartProfiles.SecondRun.class)
@QuarkusTestResource(FakeRouters.class)
class KillRestartSecondRunTest {

    @Test
    void noSweepStaysRunningAfterARestartAndHistoryIsKept() {
        var sweeps = given().get("/api/sweeps").then().statusCode(200)
                .body("[0].state", equalTo("INTERRUPTED"))
                .body("[0].finishedAt", notNullValue())
                .body("[1].state", equalTo("COMPLETED"))
                .extract().jsonPath();
        given().get("/api/devices/fleet-030/history").then().statusCode(200)
                .body("[0].status", equalTo("OK"))
                .body("[0].sweepId", equalTo(sweeps.getInt("[1].id")));

        FakeRouters.useOnly(List.of("fleet-030"));
        var next = Sweeps.runAndWait();
        assertEquals("COMPLETED", next.getString("state"));
        given().get("/api/sweeps").then().body("findAll { it.state == 'RUNNING' }.size()", equalTo(0));
    }
}
