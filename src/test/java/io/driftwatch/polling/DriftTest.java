package io.driftwatch.polling;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.driftwatch.lab.LabRouter;
import io.driftwatch.testing.FakeRouters;
import io.driftwatch.testing.Sweeps;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(FakeRouters.class)
class DriftTest {

    @Test
    void aVersionChangeBetweenSweepsIsDriftAndTheFirstSightIsNot() {
        LabRouter router = FakeRouters.router("upgrader");
        FakeRouters.useOnly(List.of("upgrader"));
        String before = router.version();
        Sweeps.runAndWait();
        given().get("/api/drift?device=upgrader&kind=VERSION_CHANGED").then().body("", hasSize(0));

        router.upgrade(Instant.now());
        String after = router.version();
        long sweepId = Sweeps.runAndWait().getLong("id");

        given().get("/api/drift?device=upgrader&kind=VERSION_CHANGED").then()
                .body("", hasSize(1))
                .body("[0].kind", equalTo("VERSION_CHANGED"))
                .body("[0].device", equalTo("upgrader"))
                .body("[0].from", equalTo(before))
                .body("[0].to", equalTo(after))
                // The lab walks its train oldest to newest, so one step from the first version is an upgrade.
                .body("[0].direction", equalTo("UPGRADE"))
                .body("[0].sweepId", equalTo((int) sweepId));

        // A failed poll says nothing about the version, and the next good one finds no change.
        router.behaviour(LabRouter.Behaviour.GARBAGE);
        Sweeps.runAndWait();
        router.behaviour(LabRouter.Behaviour.NORMAL);
        Sweeps.runAndWait();
        given().get("/api/drift?device=upgrader&kind=VERSION_CHANGED").then().body("", hasSize(1));
        given().get("/api/devices/upgrader").then().body("version", equalTo(after));
    }
}
