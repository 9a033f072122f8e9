package io.driftwatch.health;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.driftwatch.testing.FakeRouters;
import io.driftwatch.testing.PostgresqlDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * With a real schedule, the check takes its period from Quarkus's trigger for the sweep job (last firing to next),
 * and scheduled sweeps that complete read as on schedule. A database of its own: its scheduled sweeps must not show
 * in other tests' counts.
 */
@QuarkusTest
@TestProfile(SweepsCheckScheduledTest.EveryThreeSeconds.class)
@QuarkusTestResource(FakeRouters.class)
class SweepsCheckScheduledTest {

    public static class EveryThreeSeconds implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("driftwatch.sweep.cron", "0/3 * * * * ?",
                    "quarkus.datasource.jdbc.url", PostgresqlDatabase.separateUrl("scheduled_sweeps"));
        }
    }

    @Test
    void theScheduleSPeriodComesFromTheSchedulerAndCompletedSweepsAreOnSchedule() {
        FakeRouters.useOnly(List.of("alert-18"));
        JsonPath[] check = new JsonPath[1];
        Awaitility.await("a scheduled sweep that completed, seen by the check").atMost(60, TimeUnit.SECONDS)
                .pollInterval(500, TimeUnit.MILLISECONDS).untilAsserted(() -> {
                    String body = given().get("/q/health/group/sweeps").then().extract().asString();
                    check[0] = JsonPath.from(body).setRootPath("checks[0]");
                    assertNotNull(check[0].get("data.lastSweep"), body);
                    assertEquals("ok", check[0].getString("data.state"), body);
                    assertEquals(3, check[0].getInt("data.periodSeconds"), body);
                });
        assertEquals("sweeps complete on schedule", check[0].getString("data.reason"));
        assertEquals("0/3 * * * * ?", check[0].getString("data.schedule"));
        assertEquals("UP", check[0].getString("status"));
    }
}
