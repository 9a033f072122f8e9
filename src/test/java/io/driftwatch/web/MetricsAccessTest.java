package io.driftwatch.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.driftwatch.testing.FakeRouters;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/**
 * With {@code read-access=login} and a bearer token, {@code /q/metrics} answers the token or a signed-in user only,
 * while the health probes stay open. (Open reading without a token: DeployManifestsTest scrapes anonymously.)
 */
@QuarkusTest
@QuarkusTestResource(FakeRouters.class)
// The profile of ReadAccessLoginTest, which sets the token too, so both run on one start of the application.
@TestProfile(ReadAccessLoginTest.LoginToRead.class)
class MetricsAccessTest {

    static final String TOKEN = "prometheus-scrape-token-for-the-tests";

    @Test
    void metricsAnswerTheTokenOrASignedInUserOnly() {
        given().get("/q/metrics").then().statusCode(401);
        given().header("Authorization", "Bearer not-" + TOKEN).get("/q/metrics").then().statusCode(401);
        given().header("Authorization", "Bearer " + TOKEN.substring(1)).get("/q/metrics").then().statusCode(401);
        given().header("Authorization", "Bearer " + TOKEN).get("/q/metrics").then().statusCode(200)
                .body(containsString("driftwatch_devices"));
        given().auth().preemptive().basic("viewer", "viewer-test-password").get("/q/metrics").then()
                .statusCode(200).body(containsString("driftwatch_devices"));
        given().auth().preemptive().basic("viewer", "wrong-password").get("/q/metrics").then().statusCode(401);
    }

    @Test
    void cookiesAreSecureWhenTheDaemonIsToldItSitsBehindTls() {
        // This profile sets driftwatch.web.secure-cookies=true, as for a TLS-terminating ingress.
        Response login = given().redirects().follow(false).formParam("j_username", "viewer")
                .formParam("j_password", "viewer-test-password").post("/j_security_check");
        String session = SecurityHeadersTest.setCookie(login, "quarkus-credential");
        assertTrue(session.contains("; secure") && session.contains("httponly") && session.contains("samesite=strict"),
                session);
        String csrf = SecurityHeadersTest.setCookie(given().cookie("quarkus-credential",
                login.getCookie("quarkus-credential")).get("/sweeps"), "csrf-token");
        assertTrue(csrf.contains("; secure") && csrf.contains("httponly"), csrf);
    }

    @Test
    void theProbesStayOpen() {
        for (String probe : new String[] {"/q/health/live", "/q/health/ready", "/q/health/started"}) {
            given().get(probe).then().statusCode(200);
        }
    }
}
