package io.driftwatch.browser;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.driftwatch.testing.BrowserTestBase;
import io.driftwatch.testing.FakeRouters;
import io.driftwatch.testing.Sweeps;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The dashboard in a real browser, against the running daemon and the tests' SSH routers: every page (with
 * screenshots at desktop and phone width), the device list's controls, logging in, "Sweep now", acknowledging
 * drift, and a hostile hostname that must stay text.
 */
@QuarkusTest
@QuarkusTestResource(FakeRouters.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardBrowserTest extends BrowserTestBase {

    private static final String HOSTILE = "<script>alert('x')</script>";

    private boolean fleetReady;

    /** Once per class, but in a BeforeEach: Quarkus points RestAssured at the app only around each test. */
    @BeforeEach
    void startFleet() {
        if (fleetReady) {
            return;
        }
        // 61 devices: two pages of the device list, with the router whose hostname is a script.
        List<String> fleet = new ArrayList<>(FakeRouters.fleetNames().subList(100, 160));
        fleet.add("hostile");
        FakeRouters.useOnly(fleet);
        Sweeps.runAndWait();
        FakeRouters.router("fleet-101").upgrade(Instant.now());
        Sweeps.runAndWait();
        fleetReady = true;
    }

    @Test
    @Order(1)
    void everyPageOpensAndFitsAPhone() {
        long sweep = given().get("/api/sweeps?limit=1").then().extract().jsonPath().getLong("[0].id");
        String[][] pages = {
                {"/", "overview", "Versions per platform"},
                {"/devices", "devices", "matching"},
                {"/devices/hostile", "device", "Last kept output"},
                {"/drift", "drift", "Needs attention"},
                {"/sweeps", "sweeps", "newest"},
                {"/sweeps/" + sweep, "sweep", "Failures"},
                {"/alerting", "alerting", "Silences"},
                {"/devices?compliance=NON_COMPLIANT", "devices-non-compliant", "matching"},
                {"/login", "login", "Password"},
        };
        for (String[] page : pages) {
            browser.go(page[0]);
            assertTrue(browser.driver().getTitle().endsWith("— Driftwatch"),
                    page[0] + ": " + browser.driver().getTitle());
            assertTrue(browser.text().contains(page[2]), page[0] + " shows " + page[2]);
            assertEquals(0, browser.findAll(By.tagName("script")).size(), page[0] + " has no script at all");
            assertTrue(browser.findAll(By.cssSelector("link[rel=stylesheet]")).stream()
                    .allMatch(l -> l.getAttribute("href").startsWith(root.toString().replaceAll("/$", ""))),
                    page[0] + ": every asset comes from the daemon");
            browser.screenshots(page[1]);
        }
    }

    @Test
    @Order(2)
    void aHostileHostnameIsShownAsText() {
        browser.go("/devices?q=hostile");
        assertTrue(browser.text().contains(HOSTILE), "the hostname is printed as it is");
        browser.go("/devices/hostile");
        assertTrue(browser.find(By.tagName("pre")).getText().contains(HOSTILE), "raw output, as text");
        assertEquals(0, browser.findAll(By.tagName("script")).size(), "no script element was injected");
        assertThrows(NoAlertPresentException.class, () -> browser.driver().switchTo().alert(), "no script ran");
    }

    @Test
    @Order(3)
    void theDeviceListSearchesFiltersSortsAndPages() {
        browser.go("/devices");
        assertTrue(browser.text().contains("61 matching"));
        assertEquals(50, rows().size(), "first page");
        browser.clickAndWait(browser.find(By.cssSelector("a[rel=next]")));
        assertTrue(browser.path().contains("page=1"), browser.path());
        assertEquals(11, rows().size(), "second page");

        browser.go("/devices");
        browser.find(By.name("q")).sendKeys("fleet-12");
        browser.clickAndWait(browser.find(By.cssSelector("form.filters button[type=submit]")));
        assertEquals(List.of("fleet-120", "fleet-121", "fleet-122", "fleet-123", "fleet-124", "fleet-125",
                "fleet-126", "fleet-127", "fleet-128", "fleet-129"), names());
        assertTrue(browser.path().contains("q=fleet-12"), "the search is in the URL: " + browser.path());

        browser.go("/devices");
        new Select(browser.find(By.name("platform"))).selectByValue("juniper_junos");
        browser.clickAndWait(browser.find(By.cssSelector("form.filters button[type=submit]")));
        List<String> junos = names();
        assertFalse(junos.isEmpty());
        assertTrue(junos.stream().allMatch(n -> FakeRouters.router(n).platform().equals("juniper_junos")),
                junos.toString());
        browser.clickAndWait(browser.find(By.cssSelector("th a[href*='sort=name']")));
        List<String> descending = new ArrayList<>(junos);
        descending.sort(java.util.Comparator.reverseOrder());
        assertEquals(descending, names(), "a second click on Name sorts descending, keeping the filter");
        assertTrue(browser.path().contains("platform=juniper_junos") && browser.path().contains("dir=desc"));
        String csv = browser.find(By.linkText("Download CSV")).getAttribute("href");
        assertTrue(csv.contains("/devices.csv?") && csv.contains("platform=juniper_junos") && csv.contains("dir=desc"),
                "the download is the view on screen: " + csv);
        browser.screenshots("devices-filtered");
    }

    @Test
    @Order(4)
    void aReaderWithoutTheOperatorRoleCannotWrite() {
        int sweeps = given().get("/api/sweeps?limit=1000").then().extract().jsonPath().getList("id").size();
        browser.logIn("viewer", "viewer-test-password");
        browser.go("/sweeps");
        assertTrue(browser.find(By.cssSelector(".who")).getText().contains("viewer"));
        assertTrue(browser.findAll(By.xpath("//button[text()='Sweep now']")).isEmpty(), "no button for a viewer");
        // A hand-made form with a valid token: the server still refuses it.
        String token = browser.find(By.name("csrf-token")).getAttribute("value");
        browser.script("const f = document.createElement('form'); f.method = 'post'; f.action = '/sweeps';"
                + "const t = document.createElement('input'); t.type = 'hidden'; t.name = 'csrf-token';"
                + "t.value = arguments[0]; f.appendChild(t); document.body.appendChild(f); f.submit();", token);
        browser.waitUntil(Duration.ofSeconds(10), ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
                "403 Forbidden: this needs the operator role, which viewer does not have"));
        assertEquals(sweeps, given().get("/api/sweeps?limit=1000").then().extract().jsonPath().getList("id").size(),
                "no sweep was started");
        browser.go("/sweeps");
        browser.logOut();
        assertTrue(browser.find(By.cssSelector(".who")).getText().contains("Log in"), "signed out");
    }

    @Test
    @Order(5)
    void anOperatorSweepsNowAndWatchesItFinish() {
        long before = given().get("/api/sweeps?limit=1").then().extract().jsonPath().getLong("[0].id");
        browser.logIn(Sweeps.OPERATOR, Sweeps.OPERATOR_PASSWORD);
        browser.go("/");
        browser.clickAndWait(browser.find(By.xpath("//button[text()='Sweep now']")));
        browser.waitUntil(Duration.ofSeconds(10), ExpectedConditions.urlMatches("/sweeps/\\d+$"));
        long id = Long.parseLong(browser.path().substring("/sweeps/".length()));
        assertTrue(id > before, "a new sweep");
        // The page refreshes itself while the sweep runs and stops once it has ended.
        browser.waitUntil(Duration.ofSeconds(90),
                ExpectedConditions.textToBe(By.id("sweep-state"), "COMPLETED"));
        assertTrue(browser.text().contains("manual, by operator"), browser.text());
        assertTrue(browser.findAll(By.cssSelector("meta[http-equiv=refresh]")).isEmpty(), "no refresh once ended");
        browser.screenshots("sweep-finished");
        browser.go("/sweeps");
        assertTrue(browser.find(By.linkText("#" + id)).isDisplayed(), "the new sweep is listed");
    }

    @Test
    @Order(6)
    void anOperatorAcknowledgesDriftAndItLeavesTheAttentionView() {
        int event = given().get("/api/drift?device=fleet-101&kind=VERSION_CHANGED&attention=true").then()
                .extract().path("[0].id");
        browser.go("/drift?device=fleet-101");
        browser.clickAndWait(browser.find(By.linkText("Needs attention")));
        assertTrue(browser.path().startsWith("/drift?attention=true"), browser.path());
        WebElement row = browser.find(By.id("event-" + event));
        row.findElement(By.name("comment")).sendKeys("upgrade planned in CHG-42");
        browser.screenshots("drift-attention");
        browser.clickAndWait(row.findElement(By.xpath(".//button[text()='Acknowledge']")));
        assertTrue(browser.find(By.cssSelector(".notice")).getText().contains("acknowledged by operator"));
        assertTrue(browser.findAll(By.id("event-" + event)).isEmpty(), "it left the needs-attention view");
        browser.clickAndWait(browser.find(By.linkText("All events")));
        String acknowledged = browser.find(By.id("event-" + event)).getText();
        assertTrue(acknowledged.contains("ACKNOWLEDGED") && acknowledged.contains("operator")
                && acknowledged.contains("upgrade planned in CHG-42"), acknowledged);
        browser.screenshots("drift-acknowledged");
        browser.logOut();
    }

    private List<WebElement> rows() {
        return browser.findAll(By.cssSelector("main table tbody tr"));
    }

    private List<String> names() {
        return rows().stream().map(r -> r.findElement(By.cssSelector("td a")).getText()).toList();
    }
}
