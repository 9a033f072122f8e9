package io.driftwatch.polling;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.driftwatch.testing.FakeRouters;
import io.driftwatch.testing.Sweeps;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Routers that misbehave in what they send, against the device deadline (8 s in tests) and the sweep watchdog
 * (deadline + 5 s): each ends in its own status within its limit, and the sweep ends {@code COMPLETED}.
 */
@QuarkusTest
@QuarkusTestResource(FakeRouters.class)
// The backtracking routers last: until every pattern is linear, their abandoned threads still burn CPU for a while.
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MisbehavingRoutersTest {

    private static final Duration DEADLINE = Duration.ofSeconds(8);
    private static final Duration WATCHDOG = DEADLINE.plus(Duration.ofSeconds(5));
    /** Room for the sweep's own start and finish and for the test's polling of the API. */
    private static final Duration SLACK = Duration.ofSeconds(3);
    /** Valid output followed by text shaped for backtracking, through exec, the shell and autodetect. */
    private static final List<String> BACKTRACKING = List.of("dashes-and-spaces", "dashes-and-spaces-shell",
            "dashes-and-spaces-detect", "blank-lines", "blank-lines-shell", "blank-lines-detect");

    @Inject
    SweepService sweeps;

    @Test
    @Order(1)
    void routersThatNeverStopSendingOrHangUpEndWithinTheDeadline() {
        List<String> names = List.of("drip-after-version", "drip-after-version-shell", "drip-after-version-detect",
                "drip", "drip-shell", "flood", "flood-shell", "hang-up", "hang-up-shell", "hang-up-in-version",
                "hang-up-in-version-shell", "hang-up-in-version-detect", "fleet-011");
        FakeRouters.useOnly(names, Map.of(), Map.of("drip-after-version-detect", "autodetect"));

        JsonPath sweep = timedSweep(WATCHDOG.plus(SLACK));

        assertEquals("COMPLETED", sweep.getString("state"));
        assertEquals(names.size(), sweep.getInt("devices"));
        String polls = describe(names);
        for (String name : names) {
            JsonPath last = given().get("/api/devices/" + name + "/history").then().extract().jsonPath();
            // Each poll ended on its own, by its deadline: none needed the watchdog.
            assertTrue(last.getLong("[0].durationMs") <= DEADLINE.plus(SLACK).toMillis(), polls);
            assertTrue(!String.valueOf(last.getString("[0].reason")).contains("watchdog"), polls);
        }
        // The version came before the endless tail: the time limit ends the read and what arrived is used.
        for (String name : List.of("drip-after-version", "drip-after-version-shell", "drip-after-version-detect")) {
            assertOk(name);
        }
        given().get("/api/devices/drip-after-version-detect").then().body("detectedPlatform", equalTo("cisco_ios"));
        assertStatus("drip", "TIMEOUT", "the router kept sending without ending its reply to 'show version'");
        assertStatus("drip-shell", "TIMEOUT", "kept sending");
        assertStatus("drip-shell", "TIMEOUT", "interactive shell");
        // A router that is answering, however slowly, is not asked twice.
        given().get("/api/devices/drip/history").then().body("[0].attempts", equalTo(1));
        // An endless flood meets the output cap, as any oversized reply does, unless the command timeout comes first
        // (a slow machine reads less than 1 MiB in 2 s): either way it ends, and says why.
        assertFlood("flood", "exceeded 1048576 bytes");
        assertFlood("flood-shell", "exceeded the size cap");
        // A dropped connection is worth the one retry, which drops too.
        assertStatus("hang-up", "ERROR", "closed the connection in the middle of its reply to 'show version'");
        assertStatus("hang-up-shell", "ERROR", "closed the connection");
        given().get("/api/devices/hang-up/history").then().body("[0].attempts", equalTo(2));
        // A line the hang-up cut holds no version: '16.' is not the router's 16.12.4, and would be false drift.
        assertStatus("hang-up-in-version", "ERROR", "closed the connection in the middle of its reply");
        assertStatus("hang-up-in-version-shell", "ERROR", "closed the connection");
        assertStatus("hang-up-in-version-detect", "ERROR", "closed the connection");
        assertOk("fleet-011");
        // Nothing keeps a thread after the sweep: every poll's waits ended, none was abandoned still running.
        Awaitility.await("no poll still in flight").atMost(Duration.ofSeconds(10))
                .until(() -> sweeps.pollsInFlight() == 0);
    }

    @Test
    @Order(2)
    void theRetryOfATransientFailureStaysWithinTheDeadline() {
        // No SSH banner: the first attempt waits the auth timeout (5 s), the retry gets what is left of the 8 s.
        FakeRouters.useOnly(List.of("silent-port"));
        timedSweep(DEADLINE.plus(SLACK));
        JsonPath last = given().get("/api/devices/silent-port/history").then().extract().jsonPath();
        String poll = describe(List.of("silent-port"));
        assertEquals("TIMEOUT", last.getString("[0].status"), poll);
        assertEquals(2, last.getInt("[0].attempts"), poll);
        assertTrue(last.getLong("[0].durationMs") <= DEADLINE.plusSeconds(1).toMillis(), poll);
    }

    @Test
    @Order(3)
    void backtrackingShapedOutputCannotHoldTheSweep() {
        List<String> names = new ArrayList<>(BACKTRACKING);
        names.add("fleet-012");
        Map<String, String> platforms = new java.util.HashMap<>();
        names.stream().filter(n -> n.endsWith("-detect")).forEach(n -> platforms.put(n, "autodetect"));
        FakeRouters.useOnly(names, Map.of(), platforms);

        JsonPath sweep = timedSweep(WATCHDOG.plus(SLACK));
        assertEquals("COMPLETED", sweep.getString("state"));
        assertEquals(names.size(), sweep.getInt("devices"));
        String polls = describe(names);
        for (String name : BACKTRACKING) {
            JsonPath device = given().get("/api/devices/" + name).then().extract().jsonPath();
            String status = device.getString("status");
            // Linear patterns read the valid output before the junk; a pattern that still backtracks is ended by the
            // watchdog, and nothing else may come of it.
            if (status.equals("OK")) {
                assertEquals(FakeRouters.hostileVersion(), device.getString("version"), polls);
            } else {
                assertEquals("TIMEOUT", status, polls);
                assertTrue(device.getString("reason").contains("the sweep watchdog ended the poll"), polls);
            }
            // Recorded once, in this sweep.
            given().get("/api/devices/" + name + "/history").then().body("size()", equalTo(1))
                    .body("[0].lastSweepId", equalTo(sweep.getInt("id")));
        }
        assertOk("fleet-012");
    }

    /** Runs a sweep and checks it ended within {@code limit} of its start. */
    private static JsonPath timedSweep(Duration limit) {
        JsonPath sweep = Sweeps.runAndWait();
        Duration took = Duration.between(Instant.parse(sweep.getString("startedAt")),
                Instant.parse(sweep.getString("finishedAt")));
        assertTrue(took.compareTo(limit) <= 0, "the sweep took " + took + ", more than " + limit);
        return sweep;
    }

    /** Every device's last poll, for a failure message that shows what happened. */
    private static String describe(List<String> names) {
        StringBuilder text = new StringBuilder();
        for (String name : names) {
            JsonPath last = given().get("/api/devices/" + name + "/history").then().extract().jsonPath();
            text.append('\n').append(name).append(": ").append(last.getString("[0].status")).append(" in ")
                    .append(last.getLong("[0].durationMs")).append(" ms, ").append(last.getInt("[0].attempts"))
                    .append(" attempt(s): ").append(last.getString("[0].reason"));
        }
        return text.toString();
    }

    private static void assertFlood(String device, String capReason) {
        JsonPath json = given().get("/api/devices/" + device).then().statusCode(200).extract().jsonPath();
        String reason = json.getString("reason");
        boolean capped = json.getString("status").equals("ERROR") && reason.contains(capReason);
        boolean cutOff = json.getString("status").equals("TIMEOUT") && reason.contains("kept sending");
        assertTrue(capped || cutOff, device + ": " + json.getString("status") + ": " + reason);
    }

    private static void assertOk(String device) {
        given().get("/api/devices/" + device).then().statusCode(200).body("status", equalTo("OK"))
                .body("version", equalTo(device.startsWith("fleet-") ? FakeRouters.router(device).version()
                        : FakeRouters.hostileVersion()));
    }

    private static void assertStatus(String device, String status, String reasonPart) {
        given().get("/api/devices/" + device).then().statusCode(200).body("status", equalTo(status))
                .body("reason", containsString(reasonPart));
    }
}
