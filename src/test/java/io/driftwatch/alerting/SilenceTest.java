package io.driftwatch.alerting;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.driftwatch.testing.FakeRouters;
import io.driftwatch.testing.PageSession;
import io.driftwatch.testing.Sweeps;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(FakeRouters.class)
@QuarkusTestResource(HookReceiver.class)
class SilenceTest {

    @Test
    void aSilencedEventIsStoredButNotSentAndSendingResumesWhenTheSilenceEnds() {
        FakeRouters.useOnly(List.of("alert-05", "alert-14"),
                Map.of("alert-05", "alert-silence", "alert-14", "alert-silence"));
        Sweeps.runAndWait();

        long silenceId = operator().contentType(ContentType.JSON)
                .body("{\"device\": \"alert-0*\", \"duration\": \"1h\", \"comment\": \"IOS upgrade, CHG-1234\"}")
                .when().post("/api/silences").then().statusCode(201)
                .body("device", equalTo("alert-0*"))
                .body("group", equalTo(null))
                .body("createdBy", equalTo("operator"))
                .body("comment", equalTo("IOS upgrade, CHG-1234"))
                .extract().jsonPath().getLong("id");
        given().get("/api/silences").then().body("find { it.id == " + silenceId + " }.device", equalTo("alert-0*"));
        assertTrue(given().get("/alerting").then().extract().asString().contains("IOS upgrade, CHG-1234"));

        FakeRouters.router("alert-05").upgrade(Instant.now());
        FakeRouters.router("alert-14").upgrade(Instant.now());
        Sweeps.runAndWait();
        long silenced = lastEvent("alert-05");
        long outside = lastEvent("alert-14");
        // The device the pattern does not cover is sent; the covered one is stored, shown, and marked silenced.
        HookReceiver.await("/web", r -> r.json().getLong("eventId") == outside, Duration.ofSeconds(30));
        JsonPath row = deliveries().setRootPath("find { it.eventId == " + silenced + " }");
        assertEquals("SILENCED", row.getString("state"));
        assertEquals(silenceId, row.getLong("silenceId"));
        given().get("/api/drift?device=alert-05").then().body("[0].id", equalTo((int) silenced));

        operator().when().delete("/api/silences/" + silenceId).then().statusCode(200)
                .body("removedBy", equalTo("operator"));
        operator().when().delete("/api/silences/" + silenceId).then().statusCode(409);
        operator().when().delete("/api/silences/999999").then().statusCode(404);
        given().get("/api/silences").then().body("findAll { it.id == " + silenceId + " }.size()", equalTo(0));

        FakeRouters.router("alert-05").upgrade(Instant.now());
        Sweeps.runAndWait();
        long after = lastEvent("alert-05");
        HookReceiver.await("/web", r -> r.json().getLong("eventId") == after, Duration.ofSeconds(30));
        assertTrue(HookReceiver.at("/web").stream().noneMatch(r -> r.json().getLong("eventId") == silenced),
                "the silenced event is never sent");
    }

    @Test
    void aGroupSilenceCoversTheGroupFromItsStartOnly() {
        FakeRouters.useOnly(List.of("alert-15"), Map.of("alert-15", "alert-silence"));
        Sweeps.runAndWait();
        Instant start = Instant.now().plusSeconds(3600);
        long upcoming = operator().contentType(ContentType.JSON)
                .body("{\"group\": \"alert-silence\", \"startsAt\": \"" + start + "\", \"endsAt\": \""
                        + start.plusSeconds(7200) + "\"}")
                .when().post("/api/silences").then().statusCode(201).extract().jsonPath().getLong("id");
        FakeRouters.router("alert-15").upgrade(Instant.now());
        Sweeps.runAndWait();
        long event = lastEvent("alert-15");
        HookReceiver.await("/web", r -> r.json().getLong("eventId") == event, Duration.ofSeconds(30));
        String page = given().get("/alerting").then().extract().asString();
        assertTrue(page.contains("Upcoming") && page.contains("group <strong>alert-silence</strong>"),
                "upcoming shown");
        operator().when().delete("/api/silences/" + upcoming).then().statusCode(200);
    }

    @Test
    void writesNeedAnOperatorAndBadRequestsSayWhatIsWrong() {
        given().contentType(ContentType.JSON).body("{\"group\": \"core\", \"duration\": \"1h\"}")
                .when().post("/api/silences").then().statusCode(401);
        given().when().delete("/api/silences/1").then().statusCode(401);
        bad("{\"duration\": \"1h\"}", "give a group, a device");
        bad("{\"group\": \"core\"}", "give endsAt");
        bad("{\"group\": \"core\", \"duration\": \"soon\"}", "duration 'soon' is not a duration");
        bad("{\"group\": \"core\", \"duration\": \"1h\", \"endsAt\": \"2099-01-01T00:00:00Z\"}", "not both");
        bad("{\"group\": \"core\", \"endsAt\": \"2000-01-01T00:00:00Z\", \"startsAt\": \"1999-01-01T00:00:00Z\"}",
                "already past");
        bad("{\"group\": \"core\", \"startsAt\": \"2099-01-02T00:00:00Z\", \"endsAt\": \"2099-01-01T00:00:00Z\"}",
                "is not after startsAt");
    }

    @Test
    void operatorsCreateAndRemoveSilencesWithThePageForms() {
        String form = "/alerting/silences";
        Response anonymous = PageSession.anonymous().request().contentType("application/x-www-form-urlencoded")
                .formParam("group", "alert-form").formParam("duration", "2h").post(form);
        assertEquals(302, anonymous.statusCode(), "an anonymous post goes to the login form");
        assertTrue(anonymous.getHeader("Location").endsWith("/login"), anonymous.getHeader("Location"));
        PageSession operator = PageSession.login(Sweeps.OPERATOR, Sweeps.OPERATOR_PASSWORD);
        // Without the page's CSRF token the form is refused.
        operator.request().contentType("application/x-www-form-urlencoded").formParam("group", "alert-form")
                .formParam("duration", "2h").post(form).then().statusCode(400);
        // As a datetime-local field sends it: minutes, no zone (read as UTC).
        LocalDateTime ends = LocalDateTime.now(ZoneOffset.UTC).plusDays(1).truncatedTo(ChronoUnit.MINUTES);
        operator.postForm("/alerting", form, Map.of("group", "alert-form", "ends", ends.toString(),
                "comment", "core maintenance"))
                .then().statusCode(303).header("Location", containsString("/alerting"));
        JsonPath created = JsonPath.from(given().get("/api/silences").then().extract().asString())
                .setRootPath("find { it.group == 'alert-form' }");
        assertEquals(ends.toInstant(ZoneOffset.UTC), Instant.parse(created.getString("endsAt")));
        assertEquals("operator", created.getString("createdBy"));
        long id = created.getLong("id");
        String page = operator.request().get("/alerting").then().extract().asString();
        assertTrue(page.contains("action=\"/alerting/silences/" + id + "/remove\""), "a remove button");
        assertTrue(page.contains("method=\"post\" action=\"/alerting/silences\""), "the create form");

        operator.postForm("/alerting", form, Map.of("group", "alert-form", "ends", "tomorrow"))
                .then().statusCode(400).body(containsString("ends &#39;tomorrow&#39; is not a date and time"));
        operator.postForm("/alerting", "/alerting/silences/" + id + "/remove", Map.of()).then().statusCode(303);
        assertFalse(given().get("/api/silences").then().extract().asString().contains("\"id\":" + id + ","));
        assertNotNull(given().get("/alerting").then().statusCode(200).extract().asString());
    }

    private static void bad(String json, String message) {
        operator().contentType(ContentType.JSON).body(json).when().post("/api/silences").then().statusCode(400)
                .body("message", containsString(message));
    }

    private static long lastEvent(String device) {
        return given().get("/api/drift?device=" + device).then().extract().jsonPath().getLong("[0].id");
    }

    private static JsonPath deliveries() {
        return JsonPath.from(given().get("/api/hooks/web/deliveries").then().statusCode(200).extract().asString());
    }

    private static RequestSpecification operator() {
        return given().auth().preemptive().basic(Sweeps.OPERATOR, Sweeps.OPERATOR_PASSWORD);
    }
}
