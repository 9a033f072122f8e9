package io.driftwatch.web;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.driftwatch.testing.FakeRouters;
import io.driftwatch.testing.Sweeps;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The overview on a small fleet: tiles with their links, a bar per platform, the trend, what needs attention. */
@QuarkusTest
@QuarkusTestResource(FakeRouters.class)
class OverviewTest {

    @Test
    void tilesBarsTrendAndAttentionTellTheFleetAtAGlance() {
        List<String> devices = new ArrayList<>(FakeRouters.fleetNames().subList(185, 195));
        devices.add("closed-port");
        devices.add("hostile");
        FakeRouters.useOnly(devices);
        Sweeps.runAndWait();
        long driftBefore = driftToReview();
        FakeRouters.router("fleet-186").upgrade(Instant.now());
        long sweep = Sweeps.runAndWait().getLong("id");

        String page = given().get("/").then().statusCode(200).extract().asString();
        // 11 of 12 answered: 91% rounds down to 91, and the one failing device is a link to the failing list.
        assertTrue(page.contains("<span class=\"figure\">12</span> devices"), page);
        assertTrue(page.contains("<span class=\"figure\">91%</span> OK<span class=\"note\">11 devices answered"));
        assertTrue(page.contains("href=\"/devices?status=FAILING\"><span class=\"figure\">1</span> failing"));
        assertTrue(page.contains("<span class=\"figure\">#" + sweep + "</span> last sweep <span class=\"badge\">"
                + "COMPLETED</span>"));
        // At least the upgrade: a router other tests left failing may cross its unreachable threshold too.
        long driftAfter = driftToReview();
        assertTrue(driftAfter >= driftBefore + 1, "the upgrade needs attention: " + driftBefore + " → " + driftAfter);

        // One bar per platform, each version a link to its devices with its count in the title.
        String platform = FakeRouters.router("fleet-185").platform();
        String version = FakeRouters.router("fleet-185").version();
        assertTrue(page.contains("href=\"/devices?platform=" + Formats.urlEncode(platform) + "&amp;version="
                + Formats.urlEncode(version) + "\" title=\"" + version + ": "), page);
        // The trend links each sweep with its figures in words; nothing is drawn by script.
        assertTrue(page.contains("<a href=\"/sweeps/" + sweep + "\"><title>Sweep #" + sweep + ", "));
        assertTrue(page.contains("OK 11, UNREACHABLE 1</title>"), page);
        assertTrue(page.contains("<polyline class=\"duration\""), "two finished sweeps draw a duration line");
        assertFalse(page.contains("<script"), "no script, hostile text included");
        // The newest drift needing attention, linked to its device.
        assertTrue(page.contains("VERSION CHANGED</span> <a href=\"/devices/fleet-186\">fleet-186</a>"), page);

        String failing = given().get("/devices?status=FAILING").then().statusCode(200).extract().asString();
        assertTrue(failing.contains("/devices/closed-port\""));
        assertFalse(failing.contains("/devices/fleet-185\""), "a device that answered is not failing");
        given().get("/api/devices?status=failing&size=50").then().statusCode(200)
                .body("items.name", org.hamcrest.Matchers.contains("closed-port"));
    }

    @Test
    void aRunningSweepShowsItsProgressOnTheOverviewAndItsPage() {
        List<String> devices = FakeRouters.fleetNames().subList(170, 176);
        FakeRouters.useOnly(devices);
        List<String> slow = devices.subList(0, 2);
        Duration usual = FakeRouters.router(slow.get(0)).latency();
        slow.forEach(name -> FakeRouters.router(name).latency(Duration.ofSeconds(6)));
        try {
            long id = given().auth().preemptive().basic(Sweeps.OPERATOR, Sweeps.OPERATOR_PASSWORD)
                    .contentType("application/json").post("/api/sweeps").then().statusCode(202).extract()
                    .jsonPath().getLong("id");
            // The four quick routers are recorded while the two slow ones still answer.
            String page = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                    .until(() -> given().get("/").then().extract().asString(),
                            p -> p.contains("<strong>4 of 6</strong> devices recorded"));
            assertTrue(page.contains("role=\"progressbar\" aria-valuemin=\"0\" aria-valuemax=\"6\""
                    + " aria-valuenow=\"4\""), page);
            assertTrue(page.contains("<span class=\"status-ok\">OK 4</span>") && page.contains(" elapsed, about "),
                    "split by status, with the time so far and an estimate of the rest");
            assertTrue(page.contains("<meta http-equiv=\"refresh\" content=\"5\">"), "it reloads while it runs");
            String sweepPage = given().get("/sweeps/" + id).then().statusCode(200).extract().asString();
            assertTrue(sweepPage.contains("role=\"progressbar\""), sweepPage);
            Sweeps.waitFor(id, Duration.ofSeconds(60));
            assertFalse(given().get("/").then().extract().asString().contains("role=\"progressbar\""),
                    "no bar once the sweep has ended");
        } finally {
            slow.forEach(name -> FakeRouters.router(name).latency(usual));
        }
    }

    /** The drift tile's figure: other tests' drift of the same run counts too, so tests compare before and after. */
    private static long driftToReview() {
        String page = given().get("/").then().statusCode(200).extract().asString();
        java.util.regex.Matcher figure = java.util.regex.Pattern
                .compile("<span class=\"figure\">(\\d+)</span> drift to review").matcher(page);
        assertTrue(figure.find(), page);
        return Long.parseLong(figure.group(1));
    }
}
