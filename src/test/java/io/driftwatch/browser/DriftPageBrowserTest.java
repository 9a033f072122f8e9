package io.driftwatch.browser;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.driftwatch.testing.Browser;
import io.driftwatch.testing.BrowserTestBase;
import io.driftwatch.testing.FakeRouters;
import io.driftwatch.testing.Sweeps;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;

/** The drift page's bulk acknowledgement and its table's fit, and the device timeline, in a real browser. */
@QuarkusTest
@QuarkusTestResource(FakeRouters.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DriftPageBrowserTest extends BrowserTestBase {

    private static final List<String> ROUTERS = List.of("fleet-176", "fleet-177", "fleet-178");

    private boolean driftReady;

    /** Once per class, but in a BeforeEach: Quarkus points RestAssured at the app only around each test. */
    @BeforeEach
    void makeDrift() {
        if (driftReady) {
            return;
        }
        FakeRouters.useOnly(ROUTERS);
        Sweeps.runAndWait();
        ROUTERS.forEach(name -> FakeRouters.router(name).upgrade(Instant.now()));
        Sweeps.runAndWait();
        driftReady = true;
    }

    @Test
    @Order(1)
    void anOperatorTicksTwoEventsAndAcknowledgesThemWithOneComment() {
        int first = eventOf("fleet-176");
        int second = eventOf("fleet-177");
        int untouched = eventOf("fleet-178");
        browser.logIn(Sweeps.OPERATOR, Sweeps.OPERATOR_PASSWORD);
        browser.go("/drift?attention=true&kind=VERSION_CHANGED&group-by=sweep");
        browser.find(By.cssSelector("#event-" + first + " input[type=checkbox][name=id]")).click();
        browser.find(By.cssSelector("#event-" + second + " input[type=checkbox][name=id]")).click();
        browser.find(By.cssSelector("#bulk-ack input[name=comment]")).sendKeys("both in CHG-77");
        browser.screenshots("drift-bulk");
        browser.clickAndWait(browser.find(By.cssSelector("#bulk-ack button[type=submit]")));

        assertTrue(browser.find(By.cssSelector(".notice")).getText().contains("2 drift events acknowledged."),
                browser.text());
        assertTrue(browser.path().contains("group-by=sweep") && browser.path().contains("kind=VERSION_CHANGED"),
                "back to the same view: " + browser.path());
        assertTrue(browser.findAll(By.id("event-" + first)).isEmpty() && browser.findAll(By.id("event-" + second))
                .isEmpty(), "both left the needs-attention view");
        assertTrue(!browser.findAll(By.id("event-" + untouched)).isEmpty(), "the one not ticked is still there");
        for (int id : List.of(first, second)) {
            assertEquals("operator", given().get("/api/drift?limit=10000").then().extract().jsonPath()
                    .getString("find { it.id == " + id + " }.acknowledgedBy"));
            assertEquals("both in CHG-77", given().get("/api/drift?limit=10000").then().extract().jsonPath()
                    .getString("find { it.id == " + id + " }.ackComment"));
        }
    }

    @Test
    @Order(2)
    void theDriftTableFitsItsCardOnADesktopAndThePageFitsAPhone() {
        browser.go("/drift");
        assertFits("/drift at 1280 px");
        // Times and badges keep to one line.
        Object wrapped = browser.script("return [...document.querySelectorAll('.drift-table time,"
                + " .drift-table .badge')].filter(e => e.getClientRects().length > 1).length;");
        assertEquals(0L, ((Number) wrapped).longValue(), "no time or badge wraps");
        browser.go("/drift?group-by=kind");
        assertFits("/drift?group-by=kind at 1280 px");
        browser.driver().manage().window().setSize(Browser.PHONE);
        try {
            browser.go("/drift");
            assertNoSidewaysPage("/drift at 390 px");
            browser.go("/devices/fleet-176");
            assertNoSidewaysPage("/devices/fleet-176 at 390 px");
        } finally {
            browser.driver().manage().window().setSize(Browser.DESKTOP);
        }
        browser.go("/devices/fleet-176");
        assertTrue(browser.find(By.cssSelector("figure.timeline svg[role=img]")).isDisplayed(), "the timeline");
        assertNoSidewaysPage("/devices/fleet-176 at 1280 px");
        browser.screenshots("device-timeline");
        browser.logOut();
    }

    private void assertFits(String what) {
        Object overflowing = browser.script("return [...document.querySelectorAll('.drift-feed, .drift-feed .scroll')]"
                + ".filter(e => e.scrollWidth > e.clientWidth).map(e => e.className + ' ' + e.scrollWidth + ' > '"
                + " + e.clientWidth);");
        assertEquals(List.of(), overflowing, what + ": the table is no wider than its card");
        assertNoSidewaysPage(what);
    }

    private void assertNoSidewaysPage(String what) {
        long page = ((Number) browser.script("return document.documentElement.scrollWidth;")).longValue();
        long screen = ((Number) browser.script("return window.innerWidth;")).longValue();
        assertTrue(page <= screen, what + ": the page is " + page + " px wide on a " + screen + " px screen");
    }

    private static int eventOf(String device) {
        return given().get("/api/drift?kind=VERSION_CHANGED&attention=true&device=" + device).then().statusCode(200)
                .extract().path("[0].id");
    }
}
