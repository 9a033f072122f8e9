package io.driftwatch.testing;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A browser-like session for the pages without a browser: the login form's cookie and the forms' CSRF token. */
public final class PageSession {

    private static final Pattern TOKEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    private final Map<String, String> cookies = new HashMap<>();

    private PageSession() {
    }

    public static PageSession anonymous() {
        return new PageSession();
    }

    /** Signs in through the login form, as a person would. */
    public static PageSession login(String user, String password) {
        PageSession session = new PageSession();
        Response response = given().redirects().follow(false)
                .formParam("j_username", user).formParam("j_password", password)
                .post("/j_security_check");
        if (response.statusCode() != 302 || response.getCookie("quarkus-credential") == null) {
            throw new AssertionError("login of " + user + " failed: " + response.statusCode() + " "
                    + response.getHeader("Location"));
        }
        session.cookies.put("quarkus-credential", response.getCookie("quarkus-credential"));
        return session;
    }

    public RequestSpecification request() {
        return given().redirects().follow(false).cookies(cookies);
    }

    /** Opens a page and returns the CSRF token of its forms, keeping the token's cookie. */
    public String csrfToken(String page) {
        Response response = request().get(page);
        if (response.getCookie("csrf-token") != null) {
            cookies.put("csrf-token", response.getCookie("csrf-token"));
        }
        Matcher token = TOKEN.matcher(response.asString());
        if (!token.find()) {
            throw new AssertionError("no CSRF token on " + page + " (" + response.statusCode() + ")");
        }
        return token.group(1);
    }

    /** Posts a form of the given page, with that page's CSRF token. */
    public Response postForm(String page, String action, Map<String, String> fields) {
        String token = csrfToken(page);
        return request().contentType("application/x-www-form-urlencoded").formParams(fields)
                .formParam("csrf-token", token).post(action);
    }
}
