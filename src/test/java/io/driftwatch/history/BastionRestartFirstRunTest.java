package io.driftwatch.history;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.driftwatch.lab.LabRouterServer;
import io.driftwatch.testing.FakeRouters;
import io.driftwatch.testing.Sweeps;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

/** First half of the bastion restart check: a router behind a bastion is swept, and the bastion's key pinned. */
@QuarkusTest
@TestProfile(RestartProfiles.BastionFirstRun.class)
@QuarkusTestResource(FakeRouters.class)
class BastionRestartFirstRunTest {

    @Test
    void pinsTheBastionsKeyInTheDatabase() throws Exception {
        try (LabRouterServer bastion = BastionRestart.start()) {
            BastionRestart.useRouterBehindBastion();
            Sweeps.runAndWait();
            given().get("/api/devices/behind-bastion").then().body("status", equalTo("OK"));
            String pinned = BastionRestart.fingerprint(bastion);
            given().get("/api/bastions/" + BastionRestart.address()).then().statusCode(200)
                    .body("hostKeyFingerprint", equalTo(pinned))
                    .body("hostKeyPinnedBy", equalTo("trust on first use"));
            BastionRestart.rememberFirstKey(pinned);
        }
    }
}
