package io.driftwatch.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;

import io.driftwatch.testing.FakeRouters;
import io.driftwatch.testing.PageSession;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With {@code driftwatch.web.read-access=login}, reading needs a user: the form for pages, basic for the API. */
@QuarkusTest
@QuarkusTestResource(FakeRouters.class)
@TestProfile(ReadAccessLoginTest.LoginToRead.class)
public class ReadAccessLoginTest {

    public static class LoginToRead implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // A database of its own: devices another start of the app pinned Ed25519 keys for cannot be read back
            // here, because the EdDSA security provider stays registered with the first start's class loader.
            return Map.of("driftwatch.web.read-access", "login",
                    "driftwatch.metrics.bearer-token", MetricsAccessTest.TOKEN,
                    "driftwatch.web.secure-cookies", "true",
                    "quarkus.datasource.jdbc.url", "jdbc:h2:mem:driftwatch-login-test;DB_CLOSE_DELAY=-1");
        }
    }

    @Test
    void anonymousReadersAreSentToLogIn() {
        for (String page : new String[] {"/", "/devices", "/devices.csv", "/devices/fleet-000/output", "/drift",
                "/sweeps"}) {
            given().redirects().follow(false).get(page).then().statusCode(302)
                    .header("Location", endsWith("/login"));
        }
        given().get("/api/devices").then().statusCode(401)
                .header("WWW-Authenticate", ApiChallenge.CHALLENGE);
        // The API's description follows reading, and signs in like the API.
        given().get("/q/openapi").then().statusCode(401).header("WWW-Authenticate", ApiChallenge.CHALLENGE);
        given().get("/login").then().statusCode(200).body(containsString("name=\"j_username\""));
        given().get("/driftwatch.css").then().statusCode(200);
    }

    @Test
    void signedInReadersRead() {
        PageSession.login("viewer", "viewer-test-password").request().get("/devices").then().statusCode(200)
                .body(containsString("viewer"));
        given().auth().preemptive().basic("viewer", "viewer-test-password").get("/api/devices").then()
                .statusCode(200);
        given().auth().preemptive().basic("viewer", "viewer-test-password").get("/q/openapi").then()
                .statusCode(200);
        given().auth().preemptive().basic("viewer", "wrong").get("/api/devices").then().statusCode(401)
                .header("WWW-Authenticate", ApiChallenge.CHALLENGE);
        // The challenge is what lets a client that waits to be asked, as curl --anyauth does, sign in.
        given().auth().basic("viewer", "viewer-test-password").get("/api/devices").then().statusCode(200);
        given().redirects().follow(false).formParam("j_username", "viewer").formParam("j_password", "wrong")
                .post("/j_security_check").then().statusCode(302)
                .header("Location", containsString("/login?error=true"));
        given().get("/login?error=true").then().body(containsString("wrong user name or password"));
    }
}
