package io.driftwatch.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.driftwatch.testing.FakeRouters;
import io.driftwatch.testing.Sweeps;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * API writes come from scripts only: a request a browser marks as sent by another site is refused, and so is any
 * body but JSON, an empty form included, even with valid credentials; curl's bodiless POST and JSON still work.
 */
@QuarkusTest
@QuarkusTestResource(FakeRouters.class)
class ApiWritesTest {

    private static final List<String> WRITES = List.of("POST /api/sweeps", "POST /api/drift/1/ack",
            "POST /api/silences", "DELETE /api/silences/1", "POST /api/devices/fleet-001/host-key/trust",
            "PUT /api/sweeps");

    @Test
    void writesSentByAnotherSiteAreRefused() {
        for (String write : WRITES) {
            for (String site : List.of("cross-site", "same-site")) {
                send(operator().header("Sec-Fetch-Site", site).contentType("application/json").body("{}"), write)
                        .then().statusCode(403).body("status", equalTo(403))
                        .body("message", containsString("another site"));
                // An empty form, what a hostile page's form without fields sends.
                send(operator().header("Sec-Fetch-Site", site).contentType("application/x-www-form-urlencoded"),
                        write).then().statusCode(403);
            }
        }
    }

    @Test
    void bodiesThatAreNotJsonAreRefused() {
        for (String write : WRITES) {
            send(operator().contentType("application/x-www-form-urlencoded").body(""), write).then().statusCode(415)
                    .body("message", containsString("application/json"));
            send(operator().contentType("application/x-www-form-urlencoded").formParam("group", "core"), write)
                    .then().statusCode(415);
            send(operator().contentType("text/plain").body("{\"comment\": \"x\"}"), write).then().statusCode(415);
            send(operator().contentType("multipart/form-data").multiPart("comment", "x"), write).then()
                    .statusCode(415);
        }
    }

    @Test
    void scriptsStillWrite() throws Exception {
        FakeRouters.useOnly(List.of("fleet-043"));
        // curl -X POST: no body and no type (java.net.http sends none; RestAssured would label it a form).
        HttpResponse<String> bodiless = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(root.resolve("api/sweeps"))
                        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                                (Sweeps.OPERATOR + ":" + Sweeps.OPERATOR_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                        .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(202, bodiless.statusCode(), bodiless.body());
        assertTrue(bodiless.request().headers().firstValue("Content-Type").isEmpty());
        Sweeps.waitFor(Long.parseLong(bodiless.body().replaceAll("\\D", "")), java.time.Duration.ofSeconds(60));
        // The browser's own same-origin requests, and JSON with a charset, are not refused either.
        operator().header("Sec-Fetch-Site", "same-origin").contentType("application/json; charset=utf-8")
                .body("{\"comment\": \"x\"}").post("/api/drift/999999/ack").then().statusCode(404);
        operator().header("Sec-Fetch-Site", "none").contentType("application/json").body("{}")
                .post("/api/drift/999999/ack").then().statusCode(400);
        // Reading is not a write: a page of another site may still link to the API.
        given().header("Sec-Fetch-Site", "cross-site").get("/api/devices").then().statusCode(200);
    }

    @TestHTTPResource("/")
    URI root;

    private static RequestSpecification operator() {
        return given().auth().preemptive().basic(Sweeps.OPERATOR, Sweeps.OPERATOR_PASSWORD);
    }

    private static io.restassured.response.Response send(RequestSpecification request, String write) {
        String[] parts = write.split(" ");
        return request.request(parts[0], parts[1]);
    }
}
