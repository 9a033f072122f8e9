package io.driftwatch.history;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.driftwatch.testing.ClassOrder;
import io.driftwatch.testing.FakeRouters;
import io.driftwatch.testing.Sweeps;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/** Second half: after a restart, the outage still going on is not reported again. */
@QuarkusTest
@Order(ClassOrder.SECOND_START)
@TestProfile(RestartProfiles.DriftSecondRun.class)
@QuarkusTestResource(FakeRouters.class)
class DriftRestartSecondRunTest {

    @AfterEach
    void bringBack() {
        FakeRouters.bringBack("rsa-key");
    }

    @Test
    void anOutageReportedBeforeTheRestartIsNotReportedAgain() {
        given().get("/api/drift?device=rsa-key").then().statusCode(200).body("", hasSize(1));
        FakeRouters.takeDown("rsa-key");
        FakeRouters.useOnly(List.of("rsa-key"));
        Sweeps.runAndWait();
        Sweeps.runAndWait();
        given().get("/api/drift?device=rsa-key").then().body("", hasSize(1))
                .body("[0].kind", equalTo("UNREACHABLE"));
        given().get("/api/devices/rsa-key").then().body("status", equalTo("UNREACHABLE"))
                .body("consecutiveFailures", equalTo(5));
    }
}
