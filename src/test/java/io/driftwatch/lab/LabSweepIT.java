package io.driftwatch.lab;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.driftwatch.testing.FreePorts;
import io.driftwatch.testing.PostgresqlDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The packaged application in the lab profile sweeps its built-in fleet to the end. On JDK 25 Quarkus records this run
 * into the start-up cache target/quarkus-app/app.aot (pom.xml, profile {@code aot-cache}; README, "Start-up cache").
 */
@QuarkusIntegrationTest
@QuarkusTestResource(value = LabSweepIT.LabWorkspace.class, restrictToAnnotatedClass = true)
class LabSweepIT {

    private static final int ROUTERS = 100;

    @Test
    void aLabSweepPollsEveryRouterAndMostAnswer() {
        long id = operator().contentType("application/json").when().post("/api/sweeps")
                .then().statusCode(202).extract().jsonPath().getLong("id");
        JsonPath sweep = await("lab sweep " + id + " to finish").atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> operator().get("/api/sweeps/" + id).then().statusCode(200).extract().jsonPath(),
                        s -> s.get("finishedAt") != null);

        assertEquals("COMPLETED", sweep.getString("state"));
        assertEquals(ROUTERS, sweep.getInt("devices"));
        int failed = sweep.getInt("authFailed") + sweep.getInt("unreachable") + sweep.getInt("timeout")
                + sweep.getInt("hostKeyChanged") + sweep.getInt("parseFailed") + sweep.getInt("error");
        assertEquals(ROUTERS, sweep.getInt("ok") + failed, "every router has an outcome");
        // The lab makes 6% of its routers misbehave (LabConfig.faultShare); the rest answer.
        assertTrue(sweep.getInt("ok") >= ROUTERS * 9 / 10, "routers that answered: " + sweep.getInt("ok"));
    }

    private static RequestSpecification operator() {
        return given().auth().preemptive().basic("operator", "operator");
    }

    /**
     * The lab's files and database under target/ rather than the working directory's data/lab, its routers on free
     * ports, and no scheduled sweep beside the test's own. Quarkus passes these to the application as system
     * properties; the {@code %lab.} prefix makes them win over the lab profile's own values.
     */
    public static class LabWorkspace implements QuarkusTestResourceLifecycleManager {

        @Override
        public Map<String, String> start() {
            Path directory = Path.of("target", "lab-sweep-it", String.valueOf(ProcessHandle.current().pid()))
                    .toAbsolutePath();
            Map<String, String> lab = new HashMap<>();
            lab.put("%lab.driftwatch.lab.devices", String.valueOf(ROUTERS));
            lab.put("%lab.driftwatch.lab.base-port", String.valueOf(FreePorts.range(ROUTERS)));
            lab.put("%lab.driftwatch.lab.directory", directory.resolve("lab").toString());
            lab.put("%lab.driftwatch.inventory.path", directory.resolve("lab/inventory.yaml").toString());
            lab.put("%lab.driftwatch.sweep.cron", "off");
            // The lab's silent routers hold a sweep for the whole device deadline (25 s in the lab profile): shorter
            // here, as the build waits for it, yet ample for an answering router on a cold, busy JVM.
            lab.put("%lab.driftwatch.ssh.command-timeout", "5s");
            lab.put("%lab.driftwatch.ssh.device-deadline", "10s");
            lab.putAll(database(directory));
            return lab;
        }

        /** The database kind is fixed at build time: -Ppostgresql builds target/quarkus-app for PostgreSQL. */
        private static Map<String, String> database(Path directory) {
            if ("postgresql".equals(System.getProperty("driftwatch.it.db-kind"))) {
                return Map.of("%lab.quarkus.datasource.jdbc.url", PostgresqlDatabase.separateUrl("lab_sweep"),
                        "%lab.quarkus.datasource.username", System.getProperty("quarkus.datasource.username"),
                        "%lab.quarkus.datasource.password", System.getProperty("quarkus.datasource.password"));
            }
            return Map.of("%lab.quarkus.datasource.jdbc.url",
                    "jdbc:h2:file:" + directory.resolve("db/driftwatch") + ";DB_CLOSE_ON_EXIT=FALSE");
        }

        @Override
        public void stop() {
        }
    }
}
