package io.driftwatch.testing;

import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * What every browser test class sets up: one {@link Browser} on the running application, opened before the class's
 * first test and closed after its last.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserTestBase {

    @TestHTTPResource("/")
    protected URL root;

    protected Browser browser;

    @BeforeAll
    protected void openBrowser() {
        browser = Browser.open(root);
    }

    @AfterAll
    protected void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }
}
