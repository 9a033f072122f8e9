package io.driftwatch.browser;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.driftwatch.testing.BrowserTestBase;
import io.driftwatch.testing.FakeRouters;
import io.driftwatch.testing.Sweeps;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * In Chromium: the pages render styled under the Content-Security-Policy with nothing refused, and a page of another
 * site cannot start a sweep through the basic credentials the browser has cached for the API.
 */
@QuarkusTest
@QuarkusTestResource(FakeRouters.class)
class SecurityBrowserTest extends BrowserTestBase {

    @Test
    void pagesRenderStyledWithNothingRefusedByThePolicy() {
        FakeRouters.useOnly(FakeRouters.fleetNames().subList(60, 64));
        Sweeps.runAndWait();
        browser.console();
        for (String page : List.of("/", "/devices", "/drift", "/sweeps", "/alerting", "/login")) {
            browser.go(page);
            // The stylesheet applied: the navigation is a flex row (a browser's default for nav is block).
            Object nav = browser.script("return getComputedStyle(document.querySelector('header nav')).display;");
            assertTrue(String.valueOf(nav).endsWith("flex"), page + " is unstyled: nav is " + nav);
            List<String> refused = browser.console().stream().filter(m -> m.contains("Content Security Policy"))
                    .toList();
            assertTrue(refused.isEmpty(), page + ": " + refused);
        }
        browser.go("/");
        // The bars' widths come from classes now that inline style attributes are refused.
        Object width = browser.script("var b = document.querySelector('.seg[class*=\"w-\"]');"
                + "return b ? b.getBoundingClientRect().width : -1;");
        assertTrue(((Number) width).doubleValue() > 2, "a bar has its width: " + width);
    }

    @Test
    void anotherSiteCannotStartASweepWithCachedCredentials() {
        long before = given().get("/api/sweeps?limit=1").jsonPath().getList("id").size() == 0 ? 0
                : given().get("/api/sweeps?limit=1").jsonPath().getLong("[0].id");
        // The browser signs in to the API once, with basic, and caches the credentials for the origin.
        String withCredentials = root.toString().replace("://", "://" + Sweeps.OPERATOR + ":"
                + Sweeps.OPERATOR_PASSWORD + "@");
        browser.driver().get(withCredentials + "api/devices");
        assertTrue(browser.text().startsWith("["), browser.text());
        // A page of another origin posts an empty form to the API: what a hostile page would do.
        browser.submitFromAnotherSite(root + "api/sweeps", Map.of());
        assertTrue(browser.text().contains("another site is refused"), browser.text());
        long after = given().get("/api/sweeps?limit=1").jsonPath().getList("id").size() == 0 ? 0
                : given().get("/api/sweeps?limit=1").jsonPath().getLong("[0].id");
        assertEquals(before, after, "no sweep was started");
        assertFalse(browser.text().contains("\"id\""), browser.text());
    }
}
