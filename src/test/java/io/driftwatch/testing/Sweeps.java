package io.driftwatch.testing;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.restassured.path.json.JsonPath;
import java.time.Duration;

/** Runs a sweep through the API and waits for it to finish, as a user's script would. */
public final class Sweeps {

    public static final String OPERATOR = "operator";
    public static final String OPERATOR_PASSWORD = "operator-test-password";

    private Sweeps() {
    }

    /** Starts a sweep and returns it once finished. */
    public static JsonPath runAndWait() {
        // JSON, as a script posts: RestAssured labels a bodiless POST as a form, which the API refuses (415).
        long id = given().auth().preemptive().basic(OPERATOR, OPERATOR_PASSWORD).contentType("application/json")
                .when().post("/api/sweeps")
                .then().statusCode(202)
                .extract().jsonPath().getLong("id");
        return waitFor(id, Duration.ofSeconds(90));
    }

    /** Waits until sweep {@code id} has finished, and returns it. */
    public static JsonPath waitFor(long id, Duration limit) {
        return await("sweep " + id + " to finish").atMost(limit).pollInterval(Duration.ofMillis(100))
                .until(() -> given().when().get("/api/sweeps/" + id).then().statusCode(200).extract().jsonPath(),
                        sweep -> sweep.get("finishedAt") != null);
    }
}
