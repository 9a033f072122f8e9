package io.driftwatch.alerting;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.driftwatch.testing.FakeRouters;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(FakeRouters.class)
@QuarkusTestResource(HookReceiver.class)
class ExecHookTest {

    /** What sh sets by itself, wherever it starts. */
    private static final List<String> SHELL_SETS = List.of("PWD", "OLDPWD", "SHLVL", "_");

    @Test
    void theCommandGetsTheEventAsJsonOnStdinAndAsVariables() throws IOException {
        HookReceiver.VersionChange change = HookReceiver.upgrade("alert-06", "alert-exec");
        String before = change.from();
        long sweepId = change.sweepId();
        long eventId = change.eventId();

        Path json = HookReceiver.EXEC_OUT.resolve("event-" + eventId + ".json");
        Path env = HookReceiver.EXEC_OUT.resolve("event-" + eventId + ".env");
        waitForDelivery("script", eventId);
        JsonPath stdin = JsonPath.from(Files.readString(json));
        assertEquals("event-" + eventId, stdin.getString("id"));
        assertEquals("VERSION_CHANGED", stdin.getString("kind"));
        assertEquals("alert-06", stdin.getString("device"));
        assertEquals(before, stdin.getString("from"));

        Map<String, String> variables = Files.readAllLines(env).stream().filter(l -> l.contains("="))
                .collect(Collectors.toMap(l -> l.substring(0, l.indexOf('=')), l -> l.substring(l.indexOf('=') + 1),
                        (a, b) -> b));
        assertEquals("script", variables.get("DRIFTWATCH_HOOK"));
        assertEquals("event-" + eventId, variables.get("DRIFTWATCH_EVENT_ID"));
        assertEquals("event", variables.get("DRIFTWATCH_TYPE"));
        assertEquals("VERSION_CHANGED", variables.get("DRIFTWATCH_KIND"));
        assertEquals("alert-06", variables.get("DRIFTWATCH_DEVICE"));
        assertEquals("alert-exec", variables.get("DRIFTWATCH_GROUP"));
        assertEquals(before, variables.get("DRIFTWATCH_FROM"));
        assertEquals(FakeRouters.router("alert-06").version(), variables.get("DRIFTWATCH_TO"));
        assertEquals("UPGRADE", variables.get("DRIFTWATCH_DIRECTION"));
        assertEquals(Long.toString(sweepId), variables.get("DRIFTWATCH_SWEEP_ID"));
        assertEquals("1", variables.get("DRIFTWATCH_ATTEMPT"));
        assertEquals(HookReceiver.BASE_URL + "/devices/alert-06", variables.get("DRIFTWATCH_LINK"));
        // The daemon's own environment (which may carry its secrets) stays out, PATH aside.
        System.getenv().keySet().stream().filter(k -> !ExecSender.PASSED_THROUGH.contains(k))
                .filter(k -> !k.startsWith("DRIFTWATCH_") && !SHELL_SETS.contains(k))
                .forEach(k -> assertFalse(variables.containsKey(k), k + " leaked into the hook's environment"));

        // A command that fails, and one that outlives its timeout: failed deliveries with the reason, retried.
        JsonPath broken = waitForAttempt("broken", eventId);
        assertEquals("PENDING", broken.getString("state"));
        assertEquals("exit status 3: the pager gateway said no", broken.getString("lastError"));
        JsonPath slow = waitForAttempt("slow", eventId);
        assertEquals("still running after PT0.5S; killed", slow.getString("lastError"));
    }

    private static void waitForDelivery(String hook, long eventId) {
        await(hook + " delivering event " + eventId).atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .untilAsserted(() -> {
                    JsonPath row = row(hook, eventId);
                    assertTrue(row != null && "DELIVERED".equals(row.getString("state")),
                            () -> hook + " did not deliver event " + eventId + ": " + (row == null ? "no row"
                                    : row.prettify()));
                });
    }

    private static JsonPath waitForAttempt(String hook, long eventId) {
        return await(hook + " trying event " + eventId).atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> row(hook, eventId), row -> row != null && row.getInt("attempts") > 0);
    }

    private static JsonPath row(String hook, long eventId) {
        List<Map<String, Object>> rows = given().get("/api/hooks/" + hook + "/deliveries").then().statusCode(200)
                .extract().jsonPath().getList("");
        return rows.stream().filter(r -> ((Number) r.get("eventId")).longValue() == eventId).findFirst()
                .map(r -> JsonPath.from(new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(r).toString()))
                .orElse(null);
    }

}
