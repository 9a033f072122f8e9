package io.driftwatch.inventory;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.driftwatch.testing.FakeNetbox;
import io.driftwatch.testing.PostgresqlDatabase;
import io.driftwatch.testing.TestFiles;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The daemon on {@code driftwatch.inventory.source=netbox}, against NetBox's device list served by a real HTTP server:
 * what it skipped is on the API and the device list page, and when NetBox starts failing the last good inventory
 * stays, with NetBox's reason on the readiness check. Reloads are asked of the service, without a sweep.
 */
@QuarkusTest
@TestProfile(NetboxInventoryTest.FromNetbox.class)
class NetboxInventoryTest {

    static final Path CREDENTIALS = Path.of("target/test-netbox-credentials.yaml");

    public static class FromNetbox implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("driftwatch.inventory.source", "netbox",
                    "driftwatch.inventory.netbox.token", FakeNetbox.TOKEN,
                    "driftwatch.inventory.netbox.credential", "ro",
                    "driftwatch.inventory.credentials-path", CREDENTIALS.toString(),
                    "quarkus.datasource.jdbc.url", PostgresqlDatabase.separateUrl("netbox_inventory"));
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(Netbox.class));
        }
    }

    /** NetBox, up before the daemon reads its inventory at start-up. */
    public static class Netbox implements QuarkusTestResourceLifecycleManager {
        static FakeNetbox server;

        @Override
        public Map<String, String> start() {
            try {
                TestFiles.write(CREDENTIALS, """
                        credentials:
                          ro: { username: netops, password: never-used }
                          core-ro: { username: core, password: never-used }
                        """);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server = FakeNetbox.start();
            return Map.of("driftwatch.inventory.netbox.url", server.url());
        }

        @Override
        public void stop() {
            server.close();
        }
    }

    @Inject
    InventoryService inventory;

    @Test
    void skippedDevicesAreListedAndAFailingNetboxKeepsTheLastGoodInventory() {
        Netbox.server.mode(FakeNetbox.Mode.NETBOX);
        inventory.reload();

        given().get("/api/inventory/skipped").then().statusCode(200)
                .body("netboxId", contains(104, 105, 107))
                .body("name", contains("spare-fra-02", "lb-fra-01", null))
                .body("[0].reason", equalTo("no primary IP"))
                .body("[0].link", equalTo(Netbox.server.url() + "/dcim/devices/104/"));
        String list = given().get("/devices").then().statusCode(200).extract().asString();
        assertTrue(list.contains("<strong>Skipped: 3 devices</strong>"), list);
        assertFalse(list.contains("id=\"skipped\""), "the list itself only on /devices?skipped");
        String skipped = given().get("/devices?skipped").then().statusCode(200).extract().asString();
        assertTrue(skipped.contains("<tr><td>spare-fra-02</td><td><a href=\"" + Netbox.server.url()
                + "/dcim/devices/104/\">104</a></td><td>no primary IP</td></tr>"), skipped);
        assertTrue(skipped.contains("<tr><td>—</td><td><a href=\"" + Netbox.server.url()
                + "/dcim/devices/107/\">107</a></td><td>no name</td></tr>"), skipped);
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'inventory' }.data.netbox",
                        startsWith(Netbox.server.url() + "/api/dcim/devices/?"))
                .body("checks.find { it.name == 'inventory' }.data.devices", equalTo(4))
                .body("checks.find { it.name == 'inventory' }.data.skipped", equalTo(3))
                .body("checks.find { it.name == 'inventory' }.data.lastError", nullValue());

        Netbox.server.mode(FakeNetbox.Mode.SERVER_ERROR);
        inventory.reload();

        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'inventory' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'inventory' }.data.devices", equalTo(4))
                .body("checks.find { it.name == 'inventory' }.data.lastError", startsWith("NetBox answered HTTP 500"));
        given().get("/api/inventory/skipped").then().body("netboxId", contains(104, 105, 107));

        Netbox.server.mode(FakeNetbox.Mode.NETBOX);
        inventory.reload();
        given().get("/q/health/ready").then()
                .body("checks.find { it.name == 'inventory' }.data.lastError", nullValue());
    }
}
