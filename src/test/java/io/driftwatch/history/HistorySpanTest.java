package io.driftwatch.history;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.driftwatch.lab.LabRouter;
import io.driftwatch.testing.FakeRouters;
import io.driftwatch.testing.Sweeps;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** History is stored compactly: a new row only when a device's status or facts change. */
@QuarkusTest
@QuarkusTestResource(FakeRouters.class)
class HistorySpanTest {

    @Test
    void identicalPollsExtendOneSpanAndChangesStartNewOnes() {
        LabRouter router = FakeRouters.router("fleet-090");
        FakeRouters.useOnly(List.of("fleet-090"));
        long first = Sweeps.runAndWait().getLong("id");
        Sweeps.runAndWait();
        var unchanged = Sweeps.runAndWait();
        long third = unchanged.getLong("id");
        // An unchanged device costs its own row update and the sweep's, nothing more.
        assertEquals(2, unchanged.getInt("rowsWritten"));
        given().get("/api/devices/fleet-090/history").then()
                .body("", hasSize(1))
                .body("[0].sweepId", equalTo((int) first))
                .body("[0].lastSweepId", equalTo((int) third))
                .body("[0].current", equalTo(true));

        router.behaviour(LabRouter.Behaviour.GARBAGE);
        long failed = Sweeps.runAndWait().getLong("id");
        router.behaviour(LabRouter.Behaviour.NORMAL);
        long recovered = Sweeps.runAndWait().getLong("id");

        given().get("/api/devices/fleet-090/history").then()
                .body("", hasSize(3))
                .body("status", equalTo(List.of("OK", "PARSE_FAILED", "OK")))
                .body("[0].sweepId", equalTo((int) recovered))
                .body("[0].current", equalTo(true))
                .body("[1].sweepId", equalTo((int) failed))
                .body("[1].lastSweepId", equalTo((int) failed))
                .body("[1].current", equalTo(false))
                .body("[2].lastSweepId", equalTo((int) third));
    }
}
