package io.driftwatch.history;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.driftwatch.lab.LabRouterServer;
import io.driftwatch.testing.ClassOrder;
import io.driftwatch.testing.FakeRouters;
import io.driftwatch.testing.Sweeps;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Second half: after a restart, a bastion answering with another key is refused before its credential is sent;
 * nothing was trusted on first use again. The operator's fingerprint-checked trust opens the way to the router.
 */
@QuarkusTest
@Order(ClassOrder.SECOND_START)
@TestProfile(RestartProfiles.BastionSecondRun.class)
@QuarkusTestResource(FakeRouters.class)
class BastionRestartSecondRunTest {

    @Test
    void refusesAChangedBastionKeyAfterTheRestart() throws Exception {
        String pinned = BastionRestart.firstKey();
        assertNotNull(pinned, "BastionRestartFirstRunTest ran first");
        try (LabRouterServer bastion = BastionRestart.start()) {
            String offered = BastionRestart.fingerprint(bastion);
            assertNotEquals(pinned, offered);
            BastionRestart.useRouterBehindBastion();
            Sweeps.runAndWait();

            given().get("/api/devices/behind-bastion").then()
                    .body("status", equalTo("HOST_KEY_CHANGED"))
                    .body("reason", containsString("jump host " + BastionRestart.address() + " offered host key "
                            + offered))
                    .body("reason", containsString("nothing was sent"));
            assertEquals(0, bastion.passwordsReceived(), "the bastion's password was not sent to the new key");
            String path = "/api/bastions/" + BastionRestart.address();
            given().get(path).then()
                    .body("hostKeyFingerprint", equalTo(pinned))
                    .body("hostKeyPinnedBy", equalTo("trust on first use"))
                    .body("offeredHostKeyFingerprint", equalTo(offered));

            given().auth().preemptive().basic(Sweeps.OPERATOR, Sweeps.OPERATOR_PASSWORD)
                    .contentType("application/json").body(Map.of("fingerprint", offered))
                    .post(path + "/host-key/trust").then().statusCode(200)
                    .body("hostKeyPinnedBy", equalTo(Sweeps.OPERATOR))
                    .body("offeredHostKeyFingerprint", nullValue());
            Sweeps.runAndWait();
            // Through the bastion now; the router itself also came back with a new key (these test routers get one
            // per start), so it is its own key that is refused this time.
            assertEquals(1, bastion.forwardedConnections().size());
            given().get("/api/devices/behind-bastion").then()
                    .body("status", equalTo("HOST_KEY_CHANGED"))
                    .body("reason", containsString("offered by 127.0.0.1:" + FakeRouters.port("behind-bastion")
                            + " does not match the pinned key"));
        }
    }
}
