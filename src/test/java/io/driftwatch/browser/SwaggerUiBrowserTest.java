package io.driftwatch.browser;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.driftwatch.testing.BrowserTestBase;
import io.driftwatch.testing.FakeRouters;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * With {@code driftwatch.web.swagger-ui=true}, Swagger UI is served and, in Chromium, lists the API's operations with
 * nothing refused by its Content-Security-Policy; the rest of the application keeps the strict one.
 */
@QuarkusTest
@QuarkusTestResource(FakeRouters.class)
@TestProfile(SwaggerUiBrowserTest.SwaggerUiOn.class)
class SwaggerUiBrowserTest extends BrowserTestBase {

    public static class SwaggerUiOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("driftwatch.web.swagger-ui", "true",
                    "quarkus.datasource.jdbc.url", "jdbc:h2:mem:driftwatch-swagger-ui-test;DB_CLOSE_DELAY=-1");
        }
    }

    @Test
    void swaggerUiIsServedWithItsOwnPolicyOnly() {
        given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger-ui"))
                .header("Content-Security-Policy", containsString("script-src 'self' 'unsafe-inline'"));
        for (String other : List.of("/", "/api/devices", "/q/openapi")) {
            String policy = given().get(other).then().extract().header("Content-Security-Policy");
            assertFalse(policy.contains("unsafe-inline"), other + ": " + policy);
        }
    }

    @Test
    void swaggerUiListsTheApiWithNothingRefused() {
        browser.console();
        browser.go("/q/swagger-ui/");
        browser.waitUntil(Duration.ofSeconds(30),
                ExpectedConditions.presenceOfElementLocated(By.cssSelector(".opblock-summary-path")));
        List<String> paths = browser.findAll(By.cssSelector(".opblock-summary-path")).stream()
                .map(element -> element.getAttribute("data-path")).toList();
        assertTrue(paths.contains("/api/devices/{name}"), "operations shown: " + paths);
        assertTrue(paths.stream().allMatch(path -> path.startsWith("/api/")), "operations shown: " + paths);
        List<String> refused = browser.console().stream().filter(m -> m.contains("Content Security Policy"))
                .toList();
        assertTrue(refused.isEmpty(), String.valueOf(refused));
    }
}
