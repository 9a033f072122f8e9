package io.driftwatch.polling;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.driftwatch.testing.FakeRouters;
import io.driftwatch.testing.Sweeps;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(FakeRouters.class)
class SweepTest {

    @Test
    void sweepsTwoHundredRoutersInParallel() {
        FakeRouters.useOnly(FakeRouters.fleetNames());
        FakeRouters.server().resetPeak();

        JsonPath sweep = Sweeps.runAndWait();

        assertEquals(FakeRouters.FLEET, sweep.getInt("devices"));
        assertEquals(FakeRouters.FLEET, sweep.getInt("ok"), () -> "sweep: " + sweep.prettify());
        assertEquals("COMPLETED", sweep.getString("state"));
        int peak = FakeRouters.server().peakSessions();
        System.out.printf("Peak concurrent SSH sessions on the fake routers: %d of %d%n", peak, FakeRouters.FLEET);
        // Polled one by one the peak would be 1; a real fan-out keeps most of the 200 sessions open together.
        assertTrue(peak >= 100, "peak concurrent sessions was " + peak);
    }

    @Test
    void storesFactsAndHistoryOfEachDevice() {
        // An IOS device, whose show version prints every fact; many lab platforms print no host, model or serial.
        String device = FakeRouters.fleetNames().stream()
                .filter(name -> FakeRouters.router(name).platform().equals("cisco_ios"))
                .findFirst().orElseThrow();
        FakeRouters.useOnly(List.of(device, "fleet-002"));
        long sweepId = Sweeps.runAndWait().getLong("id");
        String version = FakeRouters.router(device).version();

        given().when().get("/api/devices/" + device).then().statusCode(200)
                .body("name", equalTo(device))
                .body("status", equalTo("OK"))
                .body("version", equalTo(version))
                .body("hostname", equalTo(device))
                .body("model", notNullValue())
                .body("serial", notNullValue())
                .body("lastSeen", notNullValue())
                .body("hostKeyFingerprint", org.hamcrest.Matchers.startsWith("SHA256:"));
        given().when().get("/api/devices/" + device + "/history").then().statusCode(200)
                // The current span: an earlier test class may have polled this router with the same answer.
                .body("[0].lastSweepId", equalTo((int) sweepId))
                .body("[0].status", equalTo("OK"))
                .body("[0].version", equalTo(version));
    }

    @Test
    void refusesASecondSweepWhileOneRuns() {
        FakeRouters.useOnly(List.of("fleet-002", "fleet-003"));
        long first = given().auth().preemptive().basic(Sweeps.OPERATOR, Sweeps.OPERATOR_PASSWORD)
                .contentType("application/json").when().post("/api/sweeps").then().statusCode(202).extract().jsonPath()
                .getLong("id");
        given().auth().preemptive().basic(Sweeps.OPERATOR, Sweeps.OPERATOR_PASSWORD)
                .contentType("application/json").when().post("/api/sweeps").then().statusCode(409)
                .body("id", equalTo((int) first));
        Sweeps.waitFor(first, java.time.Duration.ofSeconds(30));
    }

    @Test
    void startingASweepNeedsTheOperatorRole() {
        given().contentType("application/json").when().post("/api/sweeps").then().statusCode(401);
        given().auth().preemptive().basic(Sweeps.OPERATOR, "wrong").contentType("application/json").when()
                .post("/api/sweeps").then().statusCode(401);
    }
}
