package io.driftwatch.history;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.driftwatch.polling.SweepLog;
import io.driftwatch.testing.FakeRouters;
import io.driftwatch.testing.Sweeps;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * First half of the {@code kill -9} check: history is recorded, then a sweep is left {@code RUNNING} in the
 * database exactly as a process killed in the middle of it leaves it. A killed process runs no shutdown hook, so no
 * code of its own may close that sweep; this one is opened the way {@code SweepService.start} opens a sweep, and
 * never handed to the sweep runner, whose shutdown would close it.
 */
@QuarkusTest
@TestProfile(KillRestartProfiles.FirstRun.class)
@QuarkusTestResource(FakeRouters.class)
class KillRestartFirstRunTest {

    @Inject
    SweepLog sweepLog;

    @Test
    void leavesASweepRunningAsAKilledProcessWould() {
        FakeRouters.useOnly(List.of("fleet-030"));
        Sweeps.runAndWait();
        long killed = sweepLog.open(Sweep.Trigger.MANUAL, Sweeps.OPERATOR);
        given().get("/api/sweeps/" + killed).then().statusCode(200).body("state", equalTo("RUNNING"));
    }
}
