package io.driftwatch.history;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

import io.driftwatch.testing.FakeRouters;
import io.driftwatch.testing.Sweeps;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import org.junit.jupiter.api.Test;

/** First half of the restart check: sweep and record on a file database. */
@QuarkusTest
@TestProfile(RestartProfiles.FirstRun.class)
@QuarkusTestResource(FakeRouters.class)
class RestartFirstRunTest {

    // JDK key types on purpose: the restart must keep ECDSA and RSA pins as well as the fleet's Ed25519 ones.
    @Test
    void recordsHistoryOnTheFileDatabase() {
        FakeRouters.useOnly(List.of("ecdsa-key", "rsa-key"));
        Sweeps.runAndWait();
        Sweeps.runAndWait();
        // Two identical polls are one span of history.
        given().get("/api/devices/ecdsa-key/history").then().body("size()", equalTo(1))
                .body("status", everyItem(equalTo("OK")))
                .body("[0].current", equalTo(true));
    }
}
