package io.driftwatch.polling;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.driftwatch.alerting.HookReceiver;
import io.driftwatch.lab.LabRouter;
import io.driftwatch.testing.FakeRouters;
import io.driftwatch.testing.Sweeps;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Each new drift kind provoked for real on the fake routers, and none raised twice for the same fact. */
@QuarkusTest
@QuarkusTestResource(FakeRouters.class)
@QuarkusTestResource(HookReceiver.class)
class DriftKindsTest {

    static final Path POLICY = FakeRouters.INVENTORY.resolveSibling("policy.yaml");

    @AfterEach
    void noPolicyForOtherTests() throws IOException {
        Files.deleteIfExists(POLICY);
        FakeRouters.bringBack("flaky");
    }

    @Test
    void aRestartOnTheSameVersionIsRebootedOnce() {
        LabRouter router = FakeRouters.router("rebooter");
        FakeRouters.useOnly(List.of("rebooter"));
        Sweeps.runAndWait();
        Sweeps.runAndWait();
        assertEquals(0, events("rebooter", "REBOOTED").size(), "uptime grew with the clock");

        router.reboot(Instant.now());
        long sweepId = Sweeps.runAndWait().getLong("id");
        List<Map<String, Object>> rebooted = events("rebooter", "REBOOTED");
        assertEquals(1, rebooted.size(), rebooted.toString());
        Map<String, Object> event = rebooted.get(0);
        assertEquals("1 minute", event.get("to"));
        assertTrue(((String) event.get("from")).startsWith("1 day"), event.toString());
        assertTrue(((String) event.get("evidence")).contains("version " + router.version() + " unchanged"),
                event.toString());
        assertEquals((int) sweepId, event.get("sweepId"));

        String feed = given().get("/drift?kind=REBOOTED&device=rebooter").then().statusCode(200).extract().asString();
        assertTrue(feed.contains("rebooted") && feed.contains("version " + router.version() + " unchanged"),
                "the feed shows the kind and its evidence");

        Sweeps.runAndWait();
        assertEquals(1, events("rebooter", "REBOOTED").size(), "the same restart is not reported again");
        assertEquals(0, events("rebooter", "VERSION_CHANGED").size());
        assertDelivered("rebooter", "REBOOTED");
    }

    @Test
    void threeSweepsWithoutAnAnswerAreUnreachableOnceAndTheAnswerAfterIsRecovered() {
        FakeRouters.bringBack("flaky");
        FakeRouters.useOnly(List.of("flaky"));
        Sweeps.runAndWait();
        int unreachableBefore = events("flaky", "UNREACHABLE").size();
        int recoveredBefore = events("flaky", "RECOVERED").size();

        FakeRouters.takeDown("flaky");
        FakeRouters.useOnly(List.of("flaky"));
        Sweeps.runAndWait();
        Sweeps.runAndWait();
        assertEquals(unreachableBefore, events("flaky", "UNREACHABLE").size(), "two misses are not an outage");
        Sweeps.runAndWait();
        List<Map<String, Object>> unreachable = events("flaky", "UNREACHABLE");
        assertEquals(unreachableBefore + 1, unreachable.size());
        assertEquals("UNREACHABLE", unreachable.get(0).get("to"));
        assertTrue(((String) unreachable.get(0).get("evidence")).startsWith("no answer in 3 sweeps in a row since"),
                unreachable.get(0).toString());
        Sweeps.runAndWait();
        assertEquals(unreachableBefore + 1, events("flaky", "UNREACHABLE").size(), "raised once per outage");

        FakeRouters.bringBack("flaky");
        FakeRouters.useOnly(List.of("flaky"));
        Sweeps.runAndWait();
        List<Map<String, Object>> recovered = events("flaky", "RECOVERED");
        assertEquals(recoveredBefore + 1, recovered.size());
        assertEquals("OK", recovered.get(0).get("to"));
        assertTrue(((String) recovered.get(0).get("evidence")).startsWith("answered again after 4 sweeps"),
                recovered.get(0).toString());
        Sweeps.runAndWait();
        assertEquals(recoveredBefore + 1, events("flaky", "RECOVERED").size());
        assertDelivered("flaky", "UNREACHABLE");
        assertDelivered("flaky", "RECOVERED");
    }

    @Test
    void inventoryChangesAreNewAndRemovedDevicesAndAReturnSaysSo() {
        FakeRouters.useOnly(List.of("rebooter"));
        Sweeps.runAndWait();
        int added = events("golden", "NEW_DEVICE").size();
        int removed = events("golden", "REMOVED_DEVICE").size();

        FakeRouters.useOnly(List.of("rebooter", "golden"));
        Sweeps.runAndWait();
        assertEquals(added + 1, events("golden", "NEW_DEVICE").size());
        FakeRouters.useOnly(List.of("rebooter"));
        Sweeps.runAndWait();
        Sweeps.runAndWait();
        List<Map<String, Object>> gone = events("golden", "REMOVED_DEVICE");
        assertEquals(removed + 1, gone.size(), "reported when it leaves, not at every sweep after");
        assertTrue(((String) gone.get(0).get("from")).startsWith("juniper_junos at 127.0.0.1:"), gone.toString());
        given().get("/api/devices/golden").then().statusCode(200).body("inInventory", equalTo(false));

        FakeRouters.useOnly(List.of("rebooter", "golden"));
        Sweeps.runAndWait();
        List<Map<String, Object>> back = events("golden", "NEW_DEVICE");
        assertEquals(added + 2, back.size());
        assertTrue(((String) back.get(0).get("evidence")).startsWith("back in the inventory"), back.toString());
        assertDelivered("golden", "NEW_DEVICE");
        assertDelivered("golden", "REMOVED_DEVICE");
    }

    @Test
    void enteringAndLeavingNonComplianceAreReportedOnceWithTheRule() throws IOException {
        LabRouter router = FakeRouters.router("golden");
        FakeRouters.useOnly(List.of("golden"));
        writePolicy("rules:\n  - { platform: juniper_junos, versions: [\"" + router.version() + "\"] }\n");
        Sweeps.runAndWait();
        given().get("/api/devices/golden").then().body("compliance", equalTo("COMPLIANT"));
        int before = events("golden", "NON_COMPLIANT").size();

        writePolicy("# tightened\nrules:\n  - { platform: juniper_junos, versions: [\">= 99.1R1\"] }\n");
        long sweepId = Sweeps.runAndWait().getLong("id");
        List<Map<String, Object>> entered = events("golden", "NON_COMPLIANT");
        assertEquals(before + 1, entered.size());
        assertEquals("COMPLIANT", entered.get(0).get("from"));
        assertEquals("NON_COMPLIANT", entered.get(0).get("to"));
        assertEquals((int) sweepId, entered.get(0).get("sweepId"));
        assertEquals("version " + router.version() + " is not approved by policy.yaml:3 (platform juniper_junos)"
                + " approves >= 99.1R1", entered.get(0).get("evidence"));
        Sweeps.runAndWait();
        assertEquals(before + 1, events("golden", "NON_COMPLIANT").size(), "still non-compliant is no new fact");

        // A broken edit keeps the last good policy: nothing changes, and readiness says why.
        writePolicy("rules:\n  - { platform: juniper_junos, versions: [\">= \"] }\n");
        Sweeps.runAndWait();
        given().get("/api/devices/golden").then().body("compliance", equalTo("NON_COMPLIANT"));
        given().get("/q/health/ready").then()
                .body("checks.find { it.name == 'policy' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'policy' }.data.lastError",
                        containsString("policy.yaml:2: rule #1: versions item 1: bad version rule '>= '"));

        Files.delete(POLICY);
        Sweeps.runAndWait();
        List<Map<String, Object>> left = events("golden", "NON_COMPLIANT");
        assertEquals(before + 2, left.size());
        assertEquals("NON_COMPLIANT", left.get(0).get("from"));
        assertEquals("NO_POLICY", left.get(0).get("to"));
        given().get("/api/devices/golden").then().body("compliance", equalTo("NO_POLICY"))
                .body("complianceRule", equalTo(null));
        given().get("/q/health/ready").then()
                .body("checks.find { it.name == 'policy' }.data.lastError", equalTo(null));
        assertDelivered("golden", "NON_COMPLIANT");
    }

    static void writePolicy(String text) throws IOException {
        Files.writeString(POLICY, text);
    }

    /** Every event of the kind on the device reached the webhook that wants all kinds, as itself. */
    static void assertDelivered(String device, String kind) {
        List<Map<String, Object>> raised = events(device, kind);
        assertTrue(!raised.isEmpty(), "no " + kind + " on " + device);
        for (Map<String, Object> event : raised) {
            long id = ((Number) event.get("id")).longValue();
            HookReceiver.Received received = HookReceiver.await("/kinds",
                    r -> r.json().getLong("eventId") == id, Duration.ofSeconds(10));
            assertEquals(kind, received.json().getString("kind"));
            assertEquals(device, received.json().getString("device"));
        }
    }

    /** The device's events of one kind, newest first. */
    static List<Map<String, Object>> events(String device, String kind) {
        JsonPath json = given().get("/api/drift?device=" + device + "&kind=" + kind).then().statusCode(200)
                .extract().jsonPath();
        return json.getList("");
    }
}
