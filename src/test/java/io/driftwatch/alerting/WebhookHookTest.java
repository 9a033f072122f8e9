package io.driftwatch.alerting;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.driftwatch.testing.FakeRouters;
import io.driftwatch.testing.Sweeps;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(FakeRouters.class)
@QuarkusTestResource(HookReceiver.class)
class WebhookHookTest {

    @Test
    void aVersionChangeIsPostedSignedWithItsEventIdAndADashboardLink() throws Exception {
        HookReceiver.VersionChange change = HookReceiver.upgrade("alert-00", "alert-web");
        long eventId = change.eventId();

        HookReceiver.Received received = HookReceiver.await("/web",
                r -> r.json().getString("device").equals("alert-00"), Duration.ofSeconds(30));
        // The receiver's own check, as the README tells users to write it.
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(HookReceiver.SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        assertEquals("sha256=" + HexFormat.of().formatHex(mac.doFinal(received.body())),
                received.header("X-Driftwatch-Signature"));
        assertEquals("event-" + eventId, received.header("X-Driftwatch-Event-Id"));
        assertEquals("1", received.header("X-Driftwatch-Attempt"));
        assertTrue(received.header("Content-Type").startsWith("application/json"));

        JsonPath body = received.json();
        assertEquals("event-" + eventId, body.getString("id"));
        assertEquals("event", body.getString("type"));
        assertEquals(eventId, body.getLong("eventId"));
        assertEquals("VERSION_CHANGED", body.getString("kind"));
        assertEquals("alert-web", body.getString("group"));
        assertEquals("127.0.0.1", body.getString("host"));
        assertEquals("cisco_ios", body.getString("platform"));
        assertEquals(change.from(), body.getString("from"));
        assertEquals(FakeRouters.router("alert-00").version(), body.getString("to"));
        assertEquals("UPGRADE", body.getString("direction"));
        assertEquals(change.sweepId(), body.getLong("sweepId"));
        assertEquals(change.at(), body.getString("occurredAt"));
        assertEquals(HookReceiver.BASE_URL + "/devices/alert-00", body.getString("link"));
        assertNull(body.get("evidence"), "no evidence key when the event has none");

        JsonPath row = given().get("/api/hooks/web/deliveries").then().statusCode(200).extract().jsonPath();
        assertEquals("DELIVERED", row.getString("find { it.eventId == " + eventId + " }.state"));
        assertEquals(1, row.getInt("find { it.eventId == " + eventId + " }.attempts"));
        assertNotNull(row.getString("find { it.eventId == " + eventId + " }.deliveredAt"));
        // The version change is not a host-key event, so the hook that wants only those got nothing for it.
        assertTrue(HookReceiver.at("/keys").stream().noneMatch(r -> r.json().getLong("eventId") == eventId));
    }

    @Test
    void aNewHostKeyReachesTheHookThatWantsOnlyThatKind() {
        FakeRouters.useOnly(List.of("alert-01"), Map.of("alert-01", "alert-web"));
        Sweeps.runAndWait();
        FakeRouters.router("alert-01").rotateHostKey();
        Sweeps.runAndWait();
        JsonPath drift = given().get("/api/drift?device=alert-01").then().extract().jsonPath();
        assertEquals("HOST_KEY_CHANGED", drift.getString("[0].kind"));

        HookReceiver.Received received = HookReceiver.await("/keys",
                r -> r.json().getString("device").equals("alert-01"), Duration.ofSeconds(30));
        JsonPath body = received.json();
        assertEquals("HOST_KEY_CHANGED", body.getString("kind"));
        assertEquals(drift.getString("[0].from"), body.getString("from"));
        assertTrue(body.getString("to").startsWith("SHA256:"), body.getString("to"));
        assertNull(received.header("X-Driftwatch-Signature"), "no secret, no signature");
        HookReceiver.await("/web", r -> r.json().getString("device").equals("alert-01"), Duration.ofSeconds(30));
    }

    @Test
    void aHookGoesThroughItsProxyWithItsOwnHeaders() {
        HookReceiver.upgrade("alert-17", "alert-proxy");
        HookReceiver.Received received = HookReceiver.await("/proxied",
                r -> r.json().getString("device").equals("alert-17"), Duration.ofSeconds(30));
        assertEquals(HookReceiver.PROXIED_HOST, received.header("Host"), "asked of the proxy for the real receiver");
        assertEquals("Bearer " + HookReceiver.HEADER_TOKEN, received.header("Authorization"));
        assertEquals("VERSION_CHANGED", received.json().getString("kind"));
        String hooks = given().get("/api/hooks").then().statusCode(200)
                .body("find { it.name == 'proxied' }.target", org.hamcrest.Matchers.equalTo(
                        "http://" + HookReceiver.PROXIED_HOST + " via 127.0.0.1:" + HookReceiver.port()))
                .extract().asString();
        assertTrue(!hooks.contains(HookReceiver.HEADER_TOKEN), "the API never shows a hook's headers");
    }

    @Test
    void theApiAndThePageShowEachHook() {
        given().get("/api/hooks").then().statusCode(200)
                .body("find { it.name == 'web' }.type", org.hamcrest.Matchers.equalTo("webhook"))
                .body("find { it.name == 'web' }.target", org.hamcrest.Matchers.startsWith("http://127.0.0.1:"))
                .body("find { it.name == 'keys' }.events", org.hamcrest.Matchers.contains("HOST_KEY_CHANGED"))
                .body("find { it.name == 'digest' }.digest", org.hamcrest.Matchers.equalTo(true));
        given().get("/api/hooks/nope/deliveries").then().statusCode(404);
        given().get("/api/hooks/web/deliveries?state=LOST").then().statusCode(400)
                .body("message", org.hamcrest.Matchers.containsString("state 'LOST' is not one of"));
        String page = given().get("/alerting").then().statusCode(200).extract().asString();
        assertTrue(page.contains("href=\"/alerting\""), "in the navigation");
        assertTrue(page.contains(">web</a>") && page.contains(">slack-digest</a>"), "every hook listed");
        assertTrue(!page.contains(HookReceiver.SECRET), "never the secret");
    }
}
