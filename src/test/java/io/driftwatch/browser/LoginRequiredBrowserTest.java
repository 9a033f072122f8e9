package io.driftwatch.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.driftwatch.testing.BrowserTestBase;
import io.driftwatch.testing.FakeRouters;
import io.driftwatch.web.ReadAccessLoginTest;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** With {@code driftwatch.web.read-access=login}, an anonymous reader meets the login form first. */
@QuarkusTest
@QuarkusTestResource(FakeRouters.class)
// The same profile as ReadAccessLoginTest, so both run on one start of the application.
@TestProfile(ReadAccessLoginTest.LoginToRead.class)
class LoginRequiredBrowserTest extends BrowserTestBase {

    @Test
    void anAnonymousReaderLogsInAndLandsWhereTheyWereGoing() {
        browser.go("/devices?sort=host&dir=desc");
        assertTrue(browser.path().startsWith("/login"), "sent to the login form: " + browser.path());
        browser.screenshots("login-required");

        browser.find(By.name("j_username")).sendKeys("viewer");
        browser.find(By.name("j_password")).sendKeys("not-the-password");
        browser.clickAndWait(browser.find(By.cssSelector("form.stacked button[type=submit]")));
        assertTrue(browser.text().contains("wrong user name or password"), browser.text());

        browser.find(By.name("j_username")).sendKeys("viewer");
        browser.find(By.name("j_password")).sendKeys("viewer-test-password");
        browser.clickAndWait(browser.find(By.cssSelector("form.stacked button[type=submit]")));
        assertTrue(browser.path().startsWith("/devices?sort=host&dir=desc"), browser.path());
        assertTrue(browser.find(By.cssSelector(".who")).getText().contains("viewer"));

        browser.logOut();
        browser.go("/drift");
        assertTrue(browser.path().startsWith("/login"), "signed out, so back to the form: " + browser.path());
    }

    @Test
    void aLoginFormOnAnotherSiteCannotSignAVisitorIn() {
        // A page of another origin that posts valid credentials to the daemon: a login forged into the visitor.
        browser.submitFromAnotherSite(root + "j_security_check",
                Map.of("j_username", "viewer", "j_password", "viewer-test-password"));
        assertTrue(browser.text().contains("a login posted from another site is refused"), browser.text());
        browser.go("/devices");
        assertTrue(browser.path().startsWith("/login"), "the visitor is not signed in: " + browser.path());
    }
}
