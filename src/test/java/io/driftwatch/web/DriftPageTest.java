package io.driftwatch.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.driftwatch.testing.FakeRouters;
import io.driftwatch.testing.PageSession;
import io.driftwatch.testing.Sweeps;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(FakeRouters.class)
class DriftPageTest {

    @Test
    void theFeedFiltersByKindDeviceGroupAndDays() {
        FakeRouters.useOnly(List.of("fleet-170", "rsa-key"));
        Sweeps.runAndWait();
        FakeRouters.router("fleet-170").upgrade(Instant.now());
        FakeRouters.router("rsa-key").upgrade(Instant.now());
        Sweeps.runAndWait();
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        String yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();

        String odd = page("/drift?group=odd");
        assertTrue(odd.contains("/devices/rsa-key") && !odd.contains("/devices/fleet-170"), "group filter");
        String one = page("/drift?kind=VERSION_CHANGED&device=fleet-170&from=" + today + "&to=" + today);
        assertTrue(one.contains("/devices/fleet-170") && !one.contains("/devices/rsa-key"), "kind, device, days");
        assertTrue(one.contains("version changed (upgrade)"));
        assertFalse(page("/drift?device=fleet-170&to=" + yesterday).contains("/devices/fleet-170"), "before today");

        given().get("/api/drift?group=fleet&kind=version_changed").then().statusCode(200)
                .body("group", everyItem(equalTo("fleet")))
                .body("kind", everyItem(equalTo("VERSION_CHANGED")));
        given().get("/api/drift?kind=REBOOT").then().statusCode(400)
                .body("message", containsString("kind 'REBOOT' is not one of"));
        given().get("/api/drift?from=2026-13-01").then().statusCode(400)
                .body("message", containsString("from '2026-13-01' is not a date"));
    }

    @Test
    void theFeedGroupsBySweepAndByKindKeepingItsFilters() {
        FakeRouters.useOnly(List.of("fleet-171", "fleet-172"));
        Sweeps.runAndWait();
        FakeRouters.router("fleet-171").upgrade(Instant.now());
        FakeRouters.router("fleet-172").upgrade(Instant.now());
        long first = Sweeps.runAndWait().getLong("id");
        FakeRouters.router("fleet-171").upgrade(Instant.now());
        long second = Sweeps.runAndWait().getLong("id");

        String bySweep = page("/drift?device=fleet-171&kind=VERSION_CHANGED&group-by=sweep");
        int newer = bySweep.indexOf("id=\"group-sweep-" + second + "\"");
        int older = bySweep.indexOf("id=\"group-sweep-" + first + "\"");
        assertTrue(newer > 0 && older > newer, "a heading per sweep, newest first");
        assertTrue(bySweep.contains("Sweep <a href=\"/sweeps/" + second + "\">#" + second + "</a>, <time "),
                "the sweep's link and time");
        assertTrue(bySweep.substring(older).startsWith("id=\"group-sweep-" + first + "\">Sweep")
                && bySweep.contains("<span class=\"muted\">(1 event)</span></h3>"), "and its count");
        assertTrue(bySweep.contains("<option value=\"sweep\" selected>sweep</option>"), "the form keeps it");
        assertTrue(bySweep.contains("href=\"/drift?attention=true&amp;kind=VERSION_CHANGED&amp;device=fleet-171"
                + "&amp;group-by=sweep\""), "links keep the grouping and the filters");

        String byKind = page("/drift?device=fleet-171&group-by=kind");
        assertTrue(byKind.contains("id=\"group-kind-version_changed\">Version changed <span class=\"muted\">"
                + "(2 events)</span></h3>"), byKind);
        String plain = page("/drift?device=fleet-171&group-by=none");
        assertFalse(plain.contains("<h3 class=\"drift-group\""), "no headings without grouping");
        given().get("/drift?group-by=device").then().statusCode(400)
                .body("message", containsString("group-by 'device' is not one of [none, sweep, kind]"));
    }

    @Test
    void operatorsAcknowledgeSeveralEventsAtOnceWithOneComment() {
        FakeRouters.useOnly(List.of("fleet-173", "fleet-174", "fleet-175"));
        Sweeps.runAndWait();
        for (String name : List.of("fleet-173", "fleet-174", "fleet-175")) {
            FakeRouters.router(name).upgrade(Instant.now());
        }
        Sweeps.runAndWait();
        FakeRouters.router("fleet-173").upgrade(Instant.now());
        Sweeps.runAndWait();
        List<Integer> of173 = ids("fleet-173");
        assertEquals(2, of173.size());
        int of174 = ids("fleet-174").get(0);
        int of175 = ids("fleet-175").get(0);
        String view = "/drift?attention=true&kind=VERSION_CHANGED&device=fleet-173";

        // Only operators, only with the form's token.
        Response anonymous = PageSession.anonymous().request().contentType("application/x-www-form-urlencoded")
                .formParam("id", of174).formParam("comment", "x").post("/drift/ack");
        assertEquals(302, anonymous.statusCode());
        assertFalse(given().get(view).asString().contains("name=\"id\""), "no choice for anonymous readers");
        PageSession viewer = PageSession.login("viewer", "viewer-test-password");
        assertEquals(403, viewer.postForm(view, "/drift/ack", Map.of("id", "" + of174, "comment", "x"))
                .statusCode());
        PageSession operator = PageSession.login(Sweeps.OPERATOR, Sweeps.OPERATOR_PASSWORD);
        operator.csrfToken(view);
        operator.request().contentType("application/x-www-form-urlencoded").formParam("id", of174)
                .formParam("comment", "x").post("/drift/ack").then().statusCode(400);
        assertEquals(null, event(of174).get("acknowledgedBy"), "nothing acknowledged by refused posts");

        String page = operator.request().get(view).asString();
        assertTrue(page.contains("<input type=\"checkbox\" name=\"id\" value=\"" + of173.get(0)
                + "\" form=\"bulk-ack\" aria-label=\"Choose event " + of173.get(0) + ": version changed of "
                + "fleet-173\">"), page);
        assertTrue(page.contains("<input type=\"hidden\" name=\"device\" value=\"fleet-173\">"), page);

        Response none = operator.postForm(view, "/drift/ack", Map.of("comment", "planned"));
        assertEquals(400, none.statusCode());
        assertTrue(none.asString().contains("id: no event chosen"), none.asString());
        var tooMany = operator.request().contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", operator.csrfToken(view)).formParam("comment", "planned");
        for (int i = 0; i <= DriftPage.MOST_IDS; i++) {
            tooMany.formParam("id", 1_000_000 + i);
        }
        Response refused = tooMany.post("/drift/ack");
        assertEquals(400, refused.statusCode());
        assertTrue(refused.asString().contains("id: 501 events chosen; at most 500"), refused.asString());
        assertTrue(operator.postForm(view, "/drift/ack", Map.of("id", "" + of174)).asString()
                .contains("comment is required"));

        Response two = operator.request().contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", operator.csrfToken(view)).formParam("id", of173.get(1), of174)
                .formParam("comment", "CHG-7 upgraded both").post("/drift/ack");
        assertEquals(303, two.statusCode(), two.asString());
        assertTrue(two.getHeader("Location").endsWith("/drift?attention=false&bulk=2&bulk-kept=0"),
                "no filter fields sent, so back to the whole feed: " + two.getHeader("Location"));
        for (int id : List.of(of173.get(1), of174)) {
            assertEquals("operator", event(id).get("acknowledgedBy"));
            assertEquals("CHG-7 upgraded both", event(id).get("ackComment"));
        }
        Response again = operator.postForm(view, "/drift/ack", Map.of("id", "" + of174, "comment", "second"));
        assertTrue(again.getHeader("Location").endsWith("bulk=0&bulk-kept=1"), again.getHeader("Location"));
        assertEquals("CHG-7 upgraded both", event(of174).get("ackComment"), "the first acknowledgement is kept");

        // "All in this view" is the filters sent with the form, evaluated again: fleet-175's event is not in it.
        Response all = operator.postForm(view, "/drift/ack", Map.of("all", "true", "comment", "the rest of 173",
                "attention", "true", "kind", "VERSION_CHANGED", "device", "fleet-173", "group-by", "sweep"));
        String back = all.getHeader("Location");
        assertTrue(back.endsWith("/drift?attention=true&kind=VERSION_CHANGED&device=fleet-173&group-by=sweep"
                + "&bulk=1&bulk-kept=0"), back);
        assertEquals("the rest of 173", event(of173.get(0)).get("ackComment"));
        assertEquals(null, event(of175).get("acknowledgedBy"), "outside the view's filters");
        String after = operator.request().get(back).asString();
        assertTrue(after.contains("1 drift event acknowledged."), after);
        assertTrue(after.contains("Nothing needs attention"), "the view is empty now");

        // The single acknowledgement still works beside it.
        assertEquals(303, operator.postForm(view, "/drift/" + of175 + "/ack", Map.of("comment", "one")).statusCode());
        assertEquals("one", event(of175).get("ackComment"));
    }

    private static List<Integer> ids(String device) {
        return given().get("/api/drift?kind=VERSION_CHANGED&device=" + device).then().statusCode(200).extract()
                .jsonPath().getList("id", Integer.class);
    }

    private static Map<String, Object> event(int id) {
        return given().get("/api/drift?limit=10000").then().extract().jsonPath()
                .getMap("find { it.id == " + id + " }");
    }

    private static String page(String path) {
        return given().get(path).then().statusCode(200).extract().asString();
    }
}
