package io.driftwatch.polling;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.driftwatch.testing.FakeRouters;
import io.driftwatch.testing.Sweeps;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every poll status, provoked by a router that really behaves that way. */
@QuarkusTest
@QuarkusTestResource(FakeRouters.class)
class PollStatusTest {

    @Test
    void eachMisbehaviourEndsInItsOwnStatus() {
        FakeRouters.useOnly(List.of("wrong-password", "closed-port", "silent", "garbage", "fleet-010"));

        var sweep = Sweeps.runAndWait();

        assertStatus("wrong-password", "AUTH_FAILED", "authentication rejected for user 'netops'");
        assertStatus("closed-port", "UNREACHABLE", "cannot connect to 127.0.0.1");
        assertStatus("silent", "TIMEOUT", "no complete reply to 'show version'");
        assertStatus("garbage", "PARSE_FAILED", "cisco_ios parser: no 'Cisco IOS Software' or 'Version' line found; "
                + "no known platform's signature seen");
        assertStatus("fleet-010", "OK", null);
        org.junit.jupiter.api.Assertions.assertEquals(1, sweep.getInt("authFailed"));
        org.junit.jupiter.api.Assertions.assertEquals(1, sweep.getInt("unreachable"));
        org.junit.jupiter.api.Assertions.assertEquals(1, sweep.getInt("timeout"));
        org.junit.jupiter.api.Assertions.assertEquals(1, sweep.getInt("parseFailed"));
        org.junit.jupiter.api.Assertions.assertEquals(1, sweep.getInt("ok"));
        // Transient failures are retried once; a wrong password is not, so accounts do not get locked.
        given().get("/api/devices/silent/history").then().body("[0].attempts", equalTo(2));
        given().get("/api/devices/wrong-password/history").then().body("[0].attempts", equalTo(1));
    }

    /**
     * Routers that never answer their SYN are asked first and hold their connect for the whole timeout; the routers
     * behind them still answer, and are reported as they are, not as unreachable.
     */
    @Test
    void routersThatNeverAnswerTheSynHoldUpNoOtherRouter() {
        List<String> dark = FakeRouters.darkNames();
        List<String> fleet = FakeRouters.fleetNames().subList(0, 30);
        List<String> names = new java.util.ArrayList<>(dark);
        names.addAll(fleet);
        FakeRouters.useOnly(names);

        var sweep = Sweeps.runAndWait();

        org.junit.jupiter.api.Assertions.assertEquals(fleet.size(), sweep.getInt("ok"), sweep.prettify());
        org.junit.jupiter.api.Assertions.assertEquals(dark.size(), sweep.getInt("unreachable"), sweep.prettify());
        dark.forEach(name -> assertStatus(name, "UNREACHABLE", "no TCP answer from 127.0.0.1:"));
    }

    @Test
    void anOutputOfAnotherPlatformFailsSayingWhichPlatformItLooksLike() {
        String nexus = FakeRouters.fleetRouterOf("cisco_nxos");
        FakeRouters.useOnly(List.of(nexus), Map.of(), Map.of(nexus, "cisco_ios"));

        Sweeps.runAndWait();

        assertStatus(nexus, "PARSE_FAILED", "cisco_ios parser: no 'Cisco IOS Software' or 'Version' line found; "
                + "looks like cisco_nxos output");
    }

    @Test
    void aChangedHostKeyIsRefusedUntilAnOperatorTrustsIt() {
        FakeRouters.useOnly(List.of("rekeyed"));
        Sweeps.runAndWait();
        String pinned = given().get("/api/devices/rekeyed").then().body("status", equalTo("OK"))
                .body("hostKeyPinnedBy", equalTo("trust on first use"))
                .extract().path("hostKeyFingerprint");

        FakeRouters.router("rekeyed").rotateHostKey();
        Sweeps.runAndWait();
        String offered = given().get("/api/devices/rekeyed").then()
                .body("status", equalTo("HOST_KEY_CHANGED"))
                .body("reason", containsString("does not match the pinned key"))
                .body("hostKeyFingerprint", equalTo(pinned))
                .body("offeredHostKeyFingerprint", notNullValue())
                .extract().path("offeredHostKeyFingerprint");
        given().get("/api/drift?device=rekeyed").then()
                .body("[0].kind", equalTo("HOST_KEY_CHANGED"))
                .body("[0].from", equalTo(pinned))
                .body("[0].to", equalTo(offered));

        given().contentType("application/json").when().post("/api/devices/rekeyed/host-key/trust").then()
                .statusCode(401);
        // The operator says which key they looked at; without it nothing is pinned.
        operator().body("{}").when().post("/api/devices/rekeyed/host-key/trust").then().statusCode(400)
                .body("message", containsString("fingerprint"));
        operator().when().post("/api/devices/rekeyed/host-key/trust").then().statusCode(400);
        // A key other than the one on offer now (here the old one) is refused, and nothing changes.
        operator().body(Map.of("fingerprint", pinned)).when().post("/api/devices/rekeyed/host-key/trust")
                .then().statusCode(409).body("message", containsString(offered));
        given().get("/api/devices/rekeyed").then().body("hostKeyFingerprint", equalTo(pinned))
                .body("offeredHostKeyFingerprint", equalTo(offered));
        operator().body(Map.of("fingerprint", offered)).when().post("/api/devices/rekeyed/host-key/trust")
                .then().statusCode(200)
                .body("hostKeyFingerprint", equalTo(offered))
                .body("hostKeyPinnedBy", equalTo(Sweeps.OPERATOR))
                .body("offeredHostKeyFingerprint", nullValue());

        Sweeps.runAndWait();
        given().get("/api/devices/rekeyed").then().body("status", equalTo("OK"));
        operator().body(Map.of("fingerprint", offered)).when().post("/api/devices/rekeyed/host-key/trust")
                .then().statusCode(409);
    }

    private static io.restassured.specification.RequestSpecification operator() {
        return given().auth().preemptive().basic(Sweeps.OPERATOR, Sweeps.OPERATOR_PASSWORD)
                .contentType("application/json");
    }

    @Test
    void ed25519EcdsaAndRsaHostKeysAllWork() {
        FakeRouters.useOnly(List.of("fleet-020", "ecdsa-key", "rsa-key"));
        Sweeps.runAndWait();
        for (String name : List.of("fleet-020", "ecdsa-key", "rsa-key")) {
            assertStatus(name, "OK", null);
        }
    }

    @Test
    void anOutputOverTheCapFailsThePollInsteadOfFillingMemory() {
        FakeRouters.useOnly(List.of("chatty"));
        Sweeps.runAndWait();
        assertStatus("chatty", "ERROR", "exceeded 1048576 bytes");
    }

    @Test
    void logsInWithAPrivateKeyWhereNoPasswordIsAccepted() {
        FakeRouters.useOnly(List.of("key-only"));
        Sweeps.runAndWait();
        assertStatus("key-only", "OK", null);
    }

    private static void assertStatus(String device, String status, String reasonPart) {
        var response = given().when().get("/api/devices/" + device).then().statusCode(200)
                .body("status", equalTo(status));
        if (reasonPart != null) {
            response.body("reason", containsString(reasonPart));
        }
    }
}
