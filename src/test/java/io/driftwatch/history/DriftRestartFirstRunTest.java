package io.driftwatch.history;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.driftwatch.testing.FakeRouters;
import io.driftwatch.testing.Sweeps;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** First half: a fresh database's first sweep is silent, then an outage is reported once. */
@QuarkusTest
@TestProfile(RestartProfiles.DriftFirstRun.class)
@QuarkusTestResource(FakeRouters.class)
class DriftRestartFirstRunTest {

    @AfterEach
    void bringBack() {
        FakeRouters.bringBack("rsa-key");
    }

    // JDK key types only: the second start parses the keys pinned here (see testing/ClassOrder).
    @Test
    void theFirstSweepEverIsABaselineAndAnOutageIsReportedOnce() {
        FakeRouters.useOnly(List.of("ecdsa-key", "rsa-key"));
        Sweeps.runAndWait();
        given().get("/api/drift").then().statusCode(200).body("", hasSize(0));

        FakeRouters.takeDown("rsa-key");
        FakeRouters.useOnly(List.of("ecdsa-key", "rsa-key"));
        Sweeps.runAndWait();
        Sweeps.runAndWait();
        Sweeps.runAndWait();
        given().get("/api/drift").then().body("", hasSize(1))
                .body("[0].kind", equalTo("UNREACHABLE"))
                .body("[0].device", equalTo("rsa-key"));
    }
}
