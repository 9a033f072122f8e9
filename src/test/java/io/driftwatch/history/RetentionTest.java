package io.driftwatch.history;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.driftwatch.lab.LabRouter;
import io.driftwatch.testing.FakeRouters;
import io.driftwatch.testing.Sweeps;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(FakeRouters.class)
class RetentionTest {

    @Inject
    Retention retention;

    @Inject
    HistoryConfig config;

    @Test
    void deletesEndedHistoryButNeverAPresentState() {
        LabRouter router = FakeRouters.router("fleet-095");
        FakeRouters.useOnly(List.of("fleet-095"));
        Sweeps.runAndWait();
        router.upgrade(Instant.now());
        long latest = Sweeps.runAndWait().getLong("id");
        given().get("/api/devices/fleet-095/history").then().body("", hasSize(2));

        Retention.Purged purged = retention.purge(Instant.now().plus(Duration.ofMinutes(1)));

        assertTrue(purged.spans() >= 1, "the closed span is gone: " + purged);
        assertTrue(purged.driftEvents() >= 1, "the upgrade's drift event is older than the cut-off: " + purged);
        given().get("/api/devices/fleet-095/history").then()
                .body("", hasSize(1))
                .body("[0].current", equalTo(true))
                .body("[0].sweepId", equalTo((int) latest));
        given().get("/api/sweeps/" + latest).then().statusCode(200);
        given().get("/api/devices/fleet-095").then().body("version", equalTo(router.version()));
    }

    @Test
    void keepsAboutAYearAndAMonthByDefault() {
        assertEquals(Duration.ofDays(400), config.retention());
    }
}
