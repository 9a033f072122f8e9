package io.driftwatch.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.driftwatch.testing.FakeRouters;
import io.driftwatch.testing.PostgresqlDatabase;
import io.driftwatch.testing.Sweeps;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** The probes' endpoints say what they checked and why, and each group holds only its own checks. */
@QuarkusTest
@QuarkusTestResource(FakeRouters.class)
class HealthEndpointsTest {

    @Test
    void livenessWatchesTheSchedulerHeartbeatAndTheSshTransportOnly() {
        given().get("/q/health/live").then().statusCode(200)
                .body("checks.name", containsInAnyOrder("scheduler-heartbeat", "ssh-transport"))
                .body("checks.find { it.name == 'scheduler-heartbeat' }.data.reason",
                        startsWith("the scheduler ticked"));
        // The probe's first round trip runs at start-up, through the transport the polls use.
        Awaitility.await("a round trip through the SSH transport").atMost(Duration.ofSeconds(20))
                .until(() -> given().get("/q/health/live").then().extract().jsonPath()
                        .getInt("checks.find { it.name == 'ssh-transport' }.data.roundTrips") >= 1);
        given().get("/q/health/live").then().statusCode(200)
                .body("checks.find { it.name == 'ssh-transport' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'ssh-transport' }.data.reason",
                        startsWith("a loopback round trip through the SSH transport completed"));
    }

    @Test
    void readinessChecksTheDatabaseThisRunUsesAndTheInventory() {
        String product = PostgresqlDatabase.enabled() ? "PostgreSQL" : "H2";
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.name", hasItems("database", "inventory"))
                .body("checks.name", not(hasItems("sweeps")))
                .body("checks.find { it.name == 'database' }.data.database", startsWith(product))
                .body("checks.find { it.name == 'database' }.data.reason", equalTo("a connection validated"));
    }

    @Test
    void startupReportsTheSchemaVersionOfTheNewestMigration() throws IOException {
        given().get("/q/health/started").then().statusCode(200)
                .body("checks.name", equalTo(List.of("migrations")))
                .body("checks[0].data.schemaVersion", equalTo(newestMigration()))
                .body("checks[0].data.pending", equalTo(0))
                .body("checks[0].data.reason", containsString("nothing pending"));
    }

    @Test
    void theSweepsCheckIsAWellnessCheckAndSaysWhenTheScheduleIsOff() {
        FakeRouters.useOnly(List.of("fleet-070"));
        long id = Sweeps.runAndWait().getLong("id");
        given().get("/q/health/well").then().statusCode(200)
                .body("checks.name", hasItems("sweeps"))
                .body("checks.find { it.name == 'sweeps' }.data.state", equalTo("unscheduled"))
                .body("checks.find { it.name == 'sweeps' }.data.reason", containsString("driftwatch.sweep.cron=off"))
                .body("checks.find { it.name == 'sweeps' }.data.lastSweep", equalTo((int) id))
                .body("checks.find { it.name == 'sweeps' }.data.lastOutcome", equalTo("COMPLETED"));
        given().get("/q/health/group/sweeps").then().statusCode(200).body("checks.name", equalTo(List.of("sweeps")));
        for (String probe : List.of("live", "ready", "started")) {
            given().get("/q/health/" + probe).then().body("checks.name", not(hasItems("sweeps")));
        }
    }

    @Test
    void theClusterCheckIsAWellnessCheckAndSaysWhenTheClusterIsOff() {
        given().get("/q/health/group/cluster").then().statusCode(200)
                .body("checks.name", equalTo(List.of("cluster")))
                .body("checks[0].status", equalTo("UP"))
                .body("checks[0].data.enabled", equalTo(false))
                .body("checks[0].data.reason", containsString("single replica"))
                .body("checks[0].data", not(org.hamcrest.Matchers.hasKey("members")));
        given().get("/q/health/well").then().body("checks.name", hasItems("cluster"));
        for (String probe : List.of("live", "ready", "started")) {
            given().get("/q/health/" + probe).then().body("checks.name", not(hasItems("cluster")));
        }
    }

    private static String newestMigration() throws IOException {
        Pattern version = Pattern.compile("V(\\d+)__.*\\.sql");
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            return String.valueOf(files.map(f -> version.matcher(f.getFileName().toString()))
                    .filter(Matcher::matches).mapToInt(m -> Integer.parseInt(m.group(1))).max().orElseThrow());
        }
    }
}
