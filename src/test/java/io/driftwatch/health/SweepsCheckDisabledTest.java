package io.driftwatch.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.driftwatch.testing.FakeRouters;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code disabled}, which Quarkus takes for "no schedule" as it takes {@code off} (HealthEndpointsTest, the test
 * profile's setting), is reported as unscheduled instead of failing the check on a cron it cannot read.
 */
@QuarkusTest
@TestProfile(SweepsCheckDisabledTest.Disabled.class)
@QuarkusTestResource(FakeRouters.class)
class SweepsCheckDisabledTest {

    public static class Disabled implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("driftwatch.sweep.cron", "disabled");
        }
    }

    @Test
    void aDisabledScheduleIsUnscheduledNotABrokenCheck() {
        given().get("/q/health/group/sweeps").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks[0].name", equalTo("sweeps"))
                .body("checks[0].data.state", equalTo("unscheduled"))
                .body("checks[0].data.reason", containsString("driftwatch.sweep.cron=disabled"))
                .body("checks[0].data.periodSeconds", nullValue());
    }
}
