package io.driftwatch.polling;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.driftwatch.lab.LabRouterServer;
import io.driftwatch.testing.FakeRouters;
import io.driftwatch.testing.Sweeps;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Old and odd devices, each polled against a router that really behaves that way, with its group's options. */
@QuarkusTest
@QuarkusTestResource(FakeRouters.class)
class OddDevicesTest {

    @Test
    void legacyAlgorithmsAreOfferedOnlyToTheGroupThatAddsThem() {
        FakeRouters.useOnly(List.of("legacy"), Map.of("legacy", "odd"));
        Sweeps.runAndWait();
        assertStatus("legacy", "ERROR", "negotiate");

        FakeRouters.useOnly(List.of("legacy", "fleet-001"));
        Sweeps.runAndWait();
        assertStatus("legacy", "OK", null);
        given().get("/api/devices/legacy").then().body("version", equalTo(FakeRouters.router("legacy").version()));
        // The same sweep's modern router is unaffected by the legacy group.
        assertStatus("fleet-001", "OK", null);
    }

    @Test
    void aRouterThatRefusesExecIsPolledThroughItsShell() {
        FakeRouters.useOnly(List.of("shell-only"));
        Sweeps.runAndWait();
        assertStatus("shell-only", "OK", null);
        given().get("/api/devices/shell-only").then()
                .body("version", equalTo(FakeRouters.router("shell-only").version()))
                .body("hostname", equalTo("shell-only"));
    }

    @Test
    void thePagerIsTurnedOffAndAnsweredWhereItShowsAnyway() {
        int pagedBefore = FakeRouters.router("paged").pagerPrompts();
        int stubbornBefore = FakeRouters.router("stubborn-pager").pagerPrompts();
        FakeRouters.useOnly(List.of("paged", "stubborn-pager"));

        Sweeps.runAndWait();

        assertStatus("paged", "OK", null);
        assertStatus("stubborn-pager", "OK", null);
        given().get("/api/devices/paged").then()
                .body("version", equalTo(FakeRouters.router("paged").version()));
        given().get("/api/devices/stubborn-pager").then()
                .body("version", equalTo(FakeRouters.router("stubborn-pager").version()));
        assertEquals(pagedBefore, FakeRouters.router("paged").pagerPrompts(), "set cli screen-length 0 was sent");
        assertTrue(FakeRouters.router("stubborn-pager").pagerPrompts() > stubbornBefore, "the pager was answered");
    }

    @Test
    void theEnableStepUsesTheGroupSecretAndAWrongOneIsAnAuthFailure() {
        FakeRouters.useOnly(List.of("enable", "enable-wrong"));
        Sweeps.runAndWait();
        assertStatus("enable", "OK", null);
        assertStatus("enable-wrong", "AUTH_FAILED", "enable step failed");
        given().get("/api/devices/enable-wrong/history").then().body("[0].attempts", equalTo(1));
    }

    @Test
    void aJumpHostForwardsTheConnectionAndTheRoutersKeyIsStillPinned() {
        LabRouterServer bastion = FakeRouters.bastionServer();
        int forwardedBefore = bastion.forwardedConnections().size();
        FakeRouters.useOnly(List.of("behind-bastion"));

        Sweeps.runAndWait();

        assertStatus("behind-bastion", "OK", null);
        List<String> forwarded = bastion.forwardedConnections();
        assertEquals(List.of("127.0.0.1:" + FakeRouters.port("behind-bastion")),
                forwarded.subList(forwardedBefore, forwarded.size()));

        FakeRouters.router("behind-bastion").rotateHostKey();
        Sweeps.runAndWait();
        given().get("/api/devices/behind-bastion").then()
                .body("status", equalTo("HOST_KEY_CHANGED"))
                .body("reason", containsString("does not match the pinned key"));
        given().auth().preemptive().basic(Sweeps.OPERATOR, Sweeps.OPERATOR_PASSWORD)
                .contentType("application/json").when().post("/api/devices/behind-bastion/host-key/trust").then().statusCode(200)
                .body("offeredHostKeyFingerprint", nullValue());
        Sweeps.runAndWait();
        assertStatus("behind-bastion", "OK", null);
    }

    @Test
    void devicesSharingACappedCredentialNeverLogInMoreOftenThanItsMaxSessions() {
        List<String> capped = java.util.stream.IntStream.range(0, FakeRouters.CAPPED)
                .mapToObj("capped-%02d"::formatted).toList();
        FakeRouters.useOnly(capped);
        FakeRouters.server().resetPeak();

        var sweep = Sweeps.runAndWait();

        assertEquals(FakeRouters.CAPPED, sweep.getInt("ok"), () -> sweep.prettify());
        int peak = FakeRouters.server().peakLogins();
        assertTrue(peak <= FakeRouters.CAP, "peak logins " + peak + " over max-sessions " + FakeRouters.CAP);
        assertTrue(peak > 1, "polls sharing a capped credential still run in parallel, peak " + peak);
    }

    private static void assertStatus(String device, String status, String reasonPart) {
        var response = given().when().get("/api/devices/" + device).then().statusCode(200)
                .body("status", equalTo(status));
        if (reasonPart != null) {
            response.body("reason", containsString(reasonPart));
        }
    }
}
