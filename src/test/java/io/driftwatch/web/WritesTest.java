package io.driftwatch.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.driftwatch.testing.FakeRouters;
import io.driftwatch.testing.PageSession;
import io.driftwatch.testing.Sweeps;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every write needs the operator role, is recorded with the user, and forms need their CSRF token. */
@QuarkusTest
@QuarkusTestResource(FakeRouters.class)
class WritesTest {

    @Test
    void theApiTakesBasicAndRecordsWhoSwept() {
        FakeRouters.useOnly(FakeRouters.fleetNames().subList(40, 42));
        long id = Sweeps.runAndWait().getLong("id");
        given().get("/api/sweeps/" + id).then().statusCode(200).body("requestedBy", equalTo("operator"));

        given().contentType("application/json").post("/api/sweeps").then().statusCode(401).header("WWW-Authenticate",
                ApiChallenge.CHALLENGE);
        // The challenge lets a client that sends credentials only when asked sign in.
        Sweeps.waitFor(given().auth().basic(Sweeps.OPERATOR, Sweeps.OPERATOR_PASSWORD).contentType("application/json")
                .post("/api/sweeps").then()
                .statusCode(202).extract().jsonPath().getLong("id"), Duration.ofSeconds(60));
        given().auth().preemptive().basic("viewer", "viewer-test-password").contentType("application/json")
                .post("/api/sweeps").then()
                .statusCode(403);
        // Reading stays open by default, and a page session cookie means nothing to the API.
        given().get("/api/devices").then().statusCode(200);
        PageSession operator = PageSession.login(Sweeps.OPERATOR, Sweeps.OPERATOR_PASSWORD);
        operator.request().contentType("application/json").post("/api/sweeps").then().statusCode(401);
    }

    @Test
    void aLoginPostedFromAnotherSiteIsRefused() {
        Response forged = login("cross-site");
        assertEquals(403, forged.statusCode());
        assertTrue(forged.asString().contains("a login posted from another site is refused"), forged.asString());
        assertNull(forged.getCookie("quarkus-credential"), "no session for the forged login");
        // From the login page itself, or from a client that does not say, the same post signs in.
        for (String site : new String[] {"same-origin", null}) {
            Response login = login(site);
            assertEquals(302, login.statusCode());
            assertTrue(login.getCookie("quarkus-credential") != null, "signed in from " + site);
        }
    }

    private static Response login(String fetchSite) {
        var request = given().redirects().follow(false).formParam("j_username", Sweeps.OPERATOR)
                .formParam("j_password", Sweeps.OPERATOR_PASSWORD);
        if (fetchSite != null) {
            request.header("Sec-Fetch-Site", fetchSite);
        }
        return request.post("/j_security_check");
    }

    @Test
    void sweepNowNeedsTheOperatorAndTheToken() {
        // The silent router keeps the sweep running for seconds, so the second press finds it running.
        FakeRouters.useOnly(List.of("fleet-042", "silent"));
        // Anonymous readers see no form and get no token; the press is refused before the token is looked at.
        Response refused = PageSession.anonymous().request().contentType("application/x-www-form-urlencoded")
                .formParam("x", "y").post("/sweeps");
        assertEquals(302, refused.statusCode(), "an anonymous press goes to the login form");
        assertTrue(refused.getHeader("Location").endsWith("/login"), refused.getHeader("Location"));

        PageSession viewer = PageSession.login("viewer", "viewer-test-password");
        assertEquals(403, viewer.postForm("/sweeps", "/sweeps", Map.of()).statusCode());

        PageSession operator = PageSession.login(Sweeps.OPERATOR, Sweeps.OPERATOR_PASSWORD);
        operator.csrfToken("/sweeps");
        operator.request().contentType("application/x-www-form-urlencoded").formParam("x", "y").post("/sweeps")
                .then().statusCode(400);
        operator.request().contentType("application/x-www-form-urlencoded").formParam("csrf-token", "forged")
                .post("/sweeps").then().statusCode(400);

        Response started = operator.postForm("/sweeps", "/sweeps", Map.of());
        assertEquals(303, started.statusCode());
        String location = started.getHeader("Location");
        assertTrue(location.matches(".*/sweeps/\\d+"), location);
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        // Pressed again while it runs: no second sweep, the running one's page says so.
        Response again = operator.postForm("/sweeps", "/sweeps", Map.of());
        assertTrue(again.getHeader("Location").endsWith("/sweeps/" + id + "?already=true"),
                again.getHeader("Location"));
        String running = operator.request().get("/sweeps/" + id + "?already=true").asString();
        assertTrue(running.contains("A sweep was already running"), running);
        assertTrue(running.contains("<meta http-equiv=\"refresh\" content=\"5\">"), "a running sweep's page refreshes");
        Sweeps.waitFor(id, Duration.ofSeconds(60));
        given().get("/api/sweeps/" + id).then().body("requestedBy", equalTo("operator"));
        String page = given().get("/sweeps/" + id).asString();
        assertTrue(page.contains("manual, by operator"), page);
        assertTrue(!page.contains("http-equiv=\"refresh\""), "a finished sweep's page stops refreshing");
    }

    @Test
    void anAcknowledgementIsKeptWithItsUserAndComment() {
        FakeRouters.useOnly(List.of("fleet-150"));
        Sweeps.runAndWait();
        FakeRouters.router("fleet-150").upgrade(Instant.now());
        Sweeps.runAndWait();
        int id = given().get("/api/drift?device=fleet-150&kind=VERSION_CHANGED&attention=true").then()
                .statusCode(200).extract().path("[0].id");
        String ack = "/api/drift/" + id + "/ack";

        given().contentType("application/json").body("{\"comment\": \"planned\"}").post(ack).then().statusCode(401);
        given().auth().preemptive().basic("viewer", "viewer-test-password").contentType("application/json")
                .body("{\"comment\": \"planned\"}").post(ack).then().statusCode(403);
        operator().body("{\"comment\": \"  \"}").post(ack).then().statusCode(400)
                .body("message", containsString("comment is required"));
        operator().body("{}").post(ack).then().statusCode(400).body("message", containsString("comment is required"));
        operator().body("{\"comment\": \"" + "x".repeat(2001) + "\"}").post(ack).then().statusCode(400)
                .body("message", containsString("at most 2000"));
        operator().body("{\"comment\": \"planned\"}").post("/api/drift/999999/ack").then().statusCode(404)
                .body("message", equalTo("no drift event 999999"));

        operator().body("{\"comment\": \"change CHG-1 upgraded it\"}").post(ack).then().statusCode(200)
                .body("acknowledgedBy", equalTo("operator"))
                .body("ackComment", equalTo("change CHG-1 upgraded it"))
                .body("acknowledgedAt", notNullValue());
        operator().body("{\"comment\": \"second opinion\"}").post(ack).then().statusCode(409)
                .body("message", containsString("already acknowledged by operator"));
        given().get("/api/drift?device=fleet-150").then().body("find { it.id == " + id + " }.ackComment",
                equalTo("change CHG-1 upgraded it"));
        given().get("/api/drift?device=fleet-150&attention=true").then().body("id", not(hasItem(id)));
    }

    @Test
    void thePagesFormsAcknowledgeAndTrustWithTheOperatorsName() {
        FakeRouters.useOnly(List.of("fleet-151", "fleet-152"));
        Sweeps.runAndWait();
        FakeRouters.router("fleet-151").upgrade(Instant.now());
        FakeRouters.router("fleet-152").rotateHostKey();
        Sweeps.runAndWait();
        int id = given().get("/api/drift?device=fleet-151&kind=VERSION_CHANGED").then().extract().path("[0].id");

        PageSession operator = PageSession.login(Sweeps.OPERATOR, Sweeps.OPERATOR_PASSWORD);
        String feed = "/drift?attention=true&device=fleet-151";
        assertTrue(operator.request().get(feed).asString().contains("id=\"event-" + id + "\""));
        Response done = operator.postForm(feed, "/drift/" + id + "/ack",
                Map.of("comment", "expected <b>upgrade</b>", "back", feed));
        assertEquals(303, done.statusCode());
        String after = operator.request().get(done.getHeader("Location")).asString();
        assertTrue(after.contains("acknowledged by operator"), after);
        assertTrue(!after.contains("id=\"event-" + id + "\""), "it left the needs-attention view");
        String all = given().get("/drift?device=fleet-151").asString();
        assertTrue(all.contains("expected &lt;b&gt;upgrade&lt;/b&gt;"), "the comment is shown, escaped");

        Response away = operator.postForm(feed, "/drift/" + id + "/ack",
                Map.of("comment", "again", "back", "https://evil.example/"));
        assertTrue(away.getHeader("Location").contains("/drift?attention=false&acked=" + id + "&kept=true"),
                away.getHeader("Location"));

        given().get("/api/devices/fleet-152").then().body("status", equalTo("HOST_KEY_CHANGED"));
        String device = operator.request().get("/devices/fleet-152").asString();
        assertTrue(device.contains("Trust this key"), device);
        assertTrue(!given().get("/devices/fleet-152").asString().contains("Trust this key"), "not for anonymous");
        String offered = given().get("/api/devices/fleet-152").then().extract().path("offeredHostKeyFingerprint");
        // The form carries the fingerprint the page showed: the key the operator looked at.
        assertTrue(device.contains("name=\"fingerprint\" value=\"" + offered + "\""), device);
        assertEquals(400, operator.postForm("/devices/fleet-152", "/devices/fleet-152/host-key/trust", Map.of())
                .statusCode(), "a form that names no key trusts none");
        // The router changes its key again after the page was drawn: the key the operator saw is no longer on offer.
        FakeRouters.router("fleet-152").rotateHostKey();
        Sweeps.runAndWait();
        String swapped = given().get("/api/devices/fleet-152").then().extract().path("offeredHostKeyFingerprint");
        assertTrue(!swapped.equals(offered));
        Response stale = operator.postForm("/devices/fleet-152", "/devices/fleet-152/host-key/trust",
                Map.of("fingerprint", offered));
        assertEquals(409, stale.statusCode(), stale.asString());
        given().get("/api/devices/fleet-152").then().body("offeredHostKeyFingerprint", equalTo(swapped))
                .body("hostKeyPinnedBy", equalTo("trust on first use"));
        Response trusted = operator.postForm("/devices/fleet-152", "/devices/fleet-152/host-key/trust",
                Map.of("fingerprint", swapped));
        assertEquals(303, trusted.statusCode());
        given().get("/api/devices/fleet-152").then().body("hostKeyPinnedBy", equalTo("operator"))
                .body("hostKeyFingerprint", equalTo(swapped))
                .body("offeredHostKeyFingerprint", equalTo(null));
        assertEquals(409, operator.postForm("/devices/fleet-152", "/devices/fleet-152/host-key/trust",
                Map.of("fingerprint", swapped)).statusCode(), "nothing left to trust");
    }

    private static io.restassured.specification.RequestSpecification operator() {
        return given().auth().preemptive().basic(Sweeps.OPERATOR, Sweeps.OPERATOR_PASSWORD)
                .contentType("application/json");
    }
}
