package io.driftwatch.polling;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.driftwatch.lab.LabRouter;
import io.driftwatch.lab.LabRouterServer;
import io.driftwatch.testing.FakeRouters;
import io.driftwatch.testing.PageSession;
import io.driftwatch.testing.Sweeps;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A bastion's key is pinned in the database like a router's: a different key is refused before the bastion's
 * credential is sent, shown on the pages of the devices behind it, and trusted only with the fingerprint looked at.
 */
@QuarkusTest
@QuarkusTestResource(FakeRouters.class)
class BastionKeysTest {

    @Test
    void aChangedBastionKeyIsRefusedShownAndTrustedOnlyByItsFingerprint() {
        LabRouterServer server = FakeRouters.bastionServer();
        LabRouter bastion = server.routers().get(0);
        String address = "127.0.0.1:" + FakeRouters.port("bastion");
        String path = "/api/bastions/" + address;
        FakeRouters.useOnly(List.of("behind-bastion"));
        Sweeps.runAndWait();
        given().get("/api/devices/behind-bastion").then().body("status", equalTo("OK"));
        String pinned = fingerprint(bastion);
        given().get(path).then().statusCode(200)
                .body("hostKeyFingerprint", equalTo(pinned))
                .body("offeredHostKeyFingerprint", nullValue());
        String page = given().get("/devices/behind-bastion").asString();
        assertTrue(page.contains("Jump host") && page.contains(pinned), page);

        bastion.rotateHostKey();
        String offered = fingerprint(bastion);
        int passwordsBefore = server.passwordsReceived();
        int forwardedBefore = server.forwardedConnections().size();
        Sweeps.runAndWait();

        given().get("/api/devices/behind-bastion").then()
                .body("status", equalTo("HOST_KEY_CHANGED"))
                .body("reason", containsString("jump host " + address + " offered host key " + offered))
                .body("reason", containsString("nothing was sent"))
                // The router's own key was never seen, so none of the router's is waiting to be trusted.
                .body("offeredHostKeyFingerprint", nullValue());
        assertEquals(passwordsBefore, server.passwordsReceived(), "no password was sent to the changed bastion");
        assertEquals(forwardedBefore, server.forwardedConnections().size());
        given().get(path).then()
                .body("hostKeyFingerprint", equalTo(pinned))
                .body("offeredHostKeyFingerprint", equalTo(offered));

        String anonymous = given().get("/devices/behind-bastion").asString();
        assertTrue(anonymous.contains(offered) && !anonymous.contains("Trust this jump host key"), anonymous);
        PageSession operatorPage = PageSession.login(Sweeps.OPERATOR, Sweeps.OPERATOR_PASSWORD);
        String device = operatorPage.request().get("/devices/behind-bastion").asString();
        assertTrue(device.contains("Trust this jump host key")
                && device.contains("name=\"fingerprint\" value=\"" + offered + "\""), device);

        given().contentType("application/json").body(Map.of("fingerprint", offered)).when()
                .post(path + "/host-key/trust").then().statusCode(401);
        operator().body("{}").when().post(path + "/host-key/trust").then().statusCode(400);
        operator().body(Map.of("fingerprint", pinned)).when().post(path + "/host-key/trust").then().statusCode(409)
                .body("message", containsString(offered));
        operator().body(Map.of("fingerprint", offered)).when().post("/api/bastions/127.0.0.1:1/host-key/trust")
                .then().statusCode(404);
        given().get(path).then().body("hostKeyFingerprint", equalTo(pinned));
        Sweeps.runAndWait();
        given().get("/api/devices/behind-bastion").then().body("status", equalTo("HOST_KEY_CHANGED"));

        Response stale = operatorPage.postForm("/devices/behind-bastion", "/bastions/" + address + "/host-key/trust",
                Map.of("fingerprint", pinned, "device", "behind-bastion"));
        assertEquals(409, stale.statusCode(), stale.asString());
        Response trusted = operatorPage.postForm("/devices/behind-bastion",
                "/bastions/" + address + "/host-key/trust", Map.of("fingerprint", offered, "device", "behind-bastion"));
        assertEquals(303, trusted.statusCode(), trusted.asString());
        assertTrue(trusted.getHeader("Location").endsWith("/devices/behind-bastion"), trusted.getHeader("Location"));
        given().get(path).then()
                .body("hostKeyFingerprint", equalTo(offered))
                .body("hostKeyPinnedBy", equalTo(Sweeps.OPERATOR))
                .body("offeredHostKeyFingerprint", nullValue());

        Sweeps.runAndWait();
        given().get("/api/devices/behind-bastion").then().body("status", equalTo("OK"));
        operator().body(Map.of("fingerprint", offered)).when().post(path + "/host-key/trust").then().statusCode(409);
    }

    @Test
    void aRefusedBastionKeyIsDroppedWhenThePinnedOneIsBack() {
        LabRouter bastion = FakeRouters.bastionServer().routers().get(0);
        String path = "/api/bastions/127.0.0.1:" + FakeRouters.port("bastion");
        FakeRouters.useOnly(List.of("behind-bastion"));
        Sweeps.runAndWait();
        given().get("/api/devices/behind-bastion").then().body("status", equalTo("OK"));
        var pinnedKey = bastion.hostKey();

        bastion.rotateHostKey();
        Sweeps.runAndWait();
        given().get(path).then().body("offeredHostKeyFingerprint", equalTo(fingerprint(bastion)));

        // The stand-in is gone: the real bastion answers again with the pinned key.
        bastion.hostKey(pinnedKey);
        Sweeps.runAndWait();
        given().get("/api/devices/behind-bastion").then().body("status", equalTo("OK"));
        given().get(path).then().body("hostKeyFingerprint", equalTo(fingerprint(bastion)))
                .body("offeredHostKeyFingerprint", nullValue());
    }

    private static String fingerprint(LabRouter router) {
        return HostKeys.fingerprint(HostKeys.toLine(router.hostKey().getPublic()));
    }

    private static RequestSpecification operator() {
        return given().auth().preemptive().basic(Sweeps.OPERATOR, Sweeps.OPERATOR_PASSWORD)
                .contentType("application/json");
    }
}
