package io.driftwatch.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.driftwatch.testing.FakeRouters;
import io.driftwatch.testing.Sweeps;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Header;
import io.restassured.response.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every answer carries the security headers; the session and CSRF cookies are HttpOnly and SameSite=Strict. */
@QuarkusTest
@QuarkusTestResource(FakeRouters.class)
class SecurityHeadersTest {

    @Test
    void everyAnswerCarriesTheHeaders() {
        List<Response> answers = List.of(given().get("/"), given().get("/devices"), given().get("/drift"),
                given().get("/sweeps"), given().get("/alerting"), given().get("/login"), given().get("/driftwatch.css"),
                given().get("/api/devices"), given().post("/api/sweeps"),
                given().redirects().follow(false).formParam("j_username", "viewer")
                        .formParam("j_password", "viewer-test-password").post("/j_security_check"),
                given().get("/no-such-page"));
        for (Response answer : answers) {
            String csp = answer.getHeader("Content-Security-Policy");
            assertNotNull(csp, "no CSP on an answer " + answer.statusCode());
            assertTrue(csp.contains("default-src 'self'") && csp.contains("frame-ancestors 'none'"), csp);
            assertFalse(csp.contains("unsafe-inline") || csp.contains("unsafe-eval"), csp);
            assertEquals("nosniff", answer.getHeader("X-Content-Type-Options"));
            assertEquals("same-origin", answer.getHeader("Referrer-Policy"));
        }
    }

    @Test
    void theSessionAndCsrfCookiesAreHttpOnlyAndStrict() {
        Response login = given().redirects().follow(false).formParam("j_username", Sweeps.OPERATOR)
                .formParam("j_password", Sweeps.OPERATOR_PASSWORD).post("/j_security_check");
        String session = setCookie(login, "quarkus-credential");
        assertTrue(session.contains("httponly") && session.contains("samesite=strict"), session);
        assertFalse(session.contains("secure"), "plain HTTP without secure-cookies: " + session);
        Response page = given().cookie("quarkus-credential", login.getCookie("quarkus-credential")).get("/sweeps");
        String csrf = setCookie(page, "csrf-token");
        assertTrue(csrf.contains("httponly") && csrf.contains("samesite=strict"), csrf);
        assertFalse(csrf.contains("secure"), csrf);
        // The redirect back after a login: the page asked for before signing in.
        String location = setCookie(given().redirects().follow(false).get("/alerting?read-access-test"),
                "quarkus-redirect-location", false);
        if (location != null) {
            assertTrue(location.contains("httponly") && location.contains("samesite=strict"), location);
        }
    }

    @Test
    void noTemplateHasInlineScriptOrStyle() throws Exception {
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template : templates.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(template);
                for (String inline : List.of("<script", "style=", "<style", " onclick=", " onload=", "javascript:")) {
                    assertFalse(text.contains(inline), template + " holds " + inline + ", which the CSP refuses");
                }
            }
        }
    }

    /** The Set-Cookie header of that cookie, in lower case (attribute names are case-insensitive). */
    static String setCookie(Response response, String name) {
        return setCookie(response, name, true);
    }

    private static String setCookie(Response response, String name, boolean required) {
        for (Header header : response.getHeaders().getList("Set-Cookie")) {
            if (header.getValue().startsWith(name + "=")) {
                return header.getValue().toLowerCase(java.util.Locale.ROOT);
            }
        }
        if (required) {
            throw new AssertionError("no Set-Cookie " + name + " in " + response.getHeaders());
        }
        return null;
    }
}
