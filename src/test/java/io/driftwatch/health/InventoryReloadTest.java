package io.driftwatch.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.driftwatch.testing.FakeRouters;
import io.driftwatch.testing.Sweeps;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A broken inventory edit is reported with file and line, and sweeps go on with the last good inventory. */
@QuarkusTest
@QuarkusTestResource(FakeRouters.class)
class InventoryReloadTest {

    @Test
    void aBrokenInventoryKeepsTheLastGoodOneAndSaysWhy() {
        FakeRouters.useOnly(List.of("fleet-060", "fleet-061"));
        Sweeps.runAndWait();
        given().get("/q/health/ready").then().statusCode(200);

        FakeRouters.write("""
                credentials:
                  lab: { username: netops, password: x }
                devices:
                  - { name: fleet-060, host: 127.0.0.1, port: 22, platform: cisco_ios, credential: lab }
                  - { name: fleet-060, host: 127.0.0.1, port: 23, platform: cisco_ios, credential: lab }
                """);
        var sweep = Sweeps.runAndWait();

        org.junit.jupiter.api.Assertions.assertEquals(2, sweep.getInt("devices"));
        org.junit.jupiter.api.Assertions.assertEquals(2, sweep.getInt("ok"));
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'inventory' }.data.lastError",
                        containsString("test-inventory.yaml:5"))
                .body("checks.find { it.name == 'inventory' }.data.lastError", containsString("used twice"));

        FakeRouters.useOnly(List.of("fleet-060"));
        Sweeps.runAndWait();
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'inventory' }.data.devices", equalTo(1));
    }

    @Test
    void livenessAnswers() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }
}
