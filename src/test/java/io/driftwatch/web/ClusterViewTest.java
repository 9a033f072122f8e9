package io.driftwatch.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.driftwatch.history.Sweep;
import io.driftwatch.testing.FakeRouters;
import io.driftwatch.testing.PostgresqlDatabase;
import io.driftwatch.testing.Sweeps;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * One replica of a cluster ({@code node-a}, no zone) on PostgreSQL, with two peers written straight into
 * {@code cluster_member}: {@code node-b} live in zone {@code branch}, {@code node-c} gone. The inventory has devices
 * without a zone and one in zone {@code depot}, which no live replica polls. PostgreSQL only, since a cluster on H2 is
 * refused at start-up: the H2 run leaves it out (pom.xml), and it skips itself where {@code -Dtest} overrides that.
 */
@EnabledIfSystemProperty(named = PostgresqlDatabase.SWITCH, matches = "postgresql")
@QuarkusTest
@TestProfile(ClusterViewTest.NodeA.class)
@QuarkusTestResource(FakeRouters.class)
class ClusterViewTest {

    public static class NodeA implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("driftwatch.cluster.enabled", "true", "driftwatch.cluster.node-id", "node-a",
                    "quarkus.datasource.jdbc.url", PostgresqlDatabase.separateUrl("cluster_view"));
        }
    }

    /** The one cluster sweep the tests look at, run before the first of them. */
    private static JsonPath sweep;

    @Inject
    EntityManager entityManager;

    /**
     * The peers, then a sweep, which also makes the daemon read the inventory with its zones. Once: the figures
     * every test reads come from that one sweep.
     */
    @BeforeEach
    void peersAndOneSweep() {
        if (sweep != null) {
            return;
        }
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("insert into cluster_member"
                + " (node_id, zone, max_concurrency, started_at, heartbeat_at) values"
                + " ('node-b', 'branch', 16, now() - interval '1 hour', now()),"
                + " ('node-c', null, 8, now() - interval '2 hours', now() - interval '1 hour')").executeUpdate());
        // The depot device's router is real, but no replica of its zone is alive to poll it.
        FakeRouters.write("""
                credentials:
                  lab: { username: netops, password: ${file:%s} }
                devices:
                  - { name: alert-16, host: 127.0.0.1, port: %d, platform: %s, credential: lab }
                  - { name: alert-17, host: 127.0.0.1, port: %d, platform: %s, credential: lab }
                  - { name: depot-1, host: 127.0.0.1, port: %d, platform: %s, credential: lab, zone: depot }
                """.formatted(FakeRouters.PASSWORD_FILE.toAbsolutePath(), FakeRouters.port("alert-16"),
                FakeRouters.router("alert-16").platform(), FakeRouters.port("alert-17"),
                FakeRouters.router("alert-17").platform(), FakeRouters.port("alert-18"),
                FakeRouters.router("alert-18").platform()));
        // Until node-a's first heartbeat no live replica serves devices without a zone: they would be set aside.
        Awaitility.await("node-a's first heartbeat").atMost(Duration.ofSeconds(30))
                .until(() -> given().get("/api/cluster").then().statusCode(200).extract().jsonPath()
                        .getList("members.node"), nodes -> nodes.contains("node-a"));
        sweep = Sweeps.runAndWait();
    }

    @Test
    void aClusterSweepRecordsItsReplicasAndSetsAsideTheZoneWithoutReplica() {
        long id = sweep.getLong("id");
        assertEquals("COMPLETED", sweep.getString("state"));
        assertEquals(3, sweep.getInt("devices"));
        assertEquals(1, sweep.getInt("skipped"));
        assertEquals(List.of("node-a"), sweep.getList("replicas.node"));
        assertEquals(2, sweep.getInt("replicas[0].devices"));
        assertTrue(sweep.getDouble("replicas[0].seconds") >= 0);

        given().get("/api/devices/alert-16").then().body("polledBy", equalTo("node-a"));
        given().get("/api/devices/depot-1").then()
                .body("notPolled", equalTo("not polled: no live replica in zone depot"));

        String sweepPage = given().get("/sweeps/" + id).then().statusCode(200).extract().asString();
        assertTrue(sweepPage.contains("<h2 id=\"replicas-title\">Replicas</h2>"), sweepPage);
        assertTrue(sweepPage.contains("<tr><td>node-a</td><td>2</td>"), sweepPage);
        assertTrue(sweepPage.contains("Not polled: 1 device</strong>, because no live replica serves their zone"));
        String devicePage = given().get("/devices/depot-1").then().statusCode(200).extract().asString();
        assertTrue(devicePage.contains("<strong>Last sweep:</strong> not polled: no live replica in zone depot."),
                devicePage);

        JsonPath cluster = given().get("/api/cluster").then().statusCode(200).extract().jsonPath();
        assertEquals(id, cluster.getLong("lastSweep.id"));
        assertEquals(2, cluster.getInt("members.find { it.node == 'node-a' }.lastSweepDevices"));
        assertEquals(100.0, cluster.getDouble("members.find { it.node == 'node-a' }.lastSweepPercent"));
        assertEquals(0, cluster.getInt("members.find { it.node == 'node-b' }.lastSweepDevices"));
    }

    @Test
    void aRunningClusterSweepShowsEachReplicasFiguresSoFar() {
        // node-b has recorded one branch device and holds another; a third waits; a depot device was set aside.
        long id = QuarkusTransaction.requiringNew().call(() -> {
            Sweep running = new Sweep();
            running.trigger = Sweep.Trigger.MANUAL;
            running.state = Sweep.State.RUNNING;
            running.startedAt = Instant.now();
            running.devices = 4;
            entityManager.persist(running);
            entityManager.flush();
            entityManager.createNativeQuery("insert into sweep_device (sweep_id, device_id, zone, claimed_by,"
                    + " claimed_at, lease_until, done, recorded_at, skipped) values"
                    + " (:sweep, 9001, 'branch', 'node-b', now(), now() + interval '10 minutes', true, now(), null),"
                    + " (:sweep, 9002, 'branch', 'node-b', now(), now() + interval '10 minutes', false, null, null),"
                    + " (:sweep, 9003, 'branch', null, null, null, false, null, null),"
                    + " (:sweep, 9004, 'depot', null, null, null, true, null,"
                    + " 'not polled: no live replica in zone depot')").setParameter("sweep", running.id)
                    .executeUpdate();
            return running.id;
        });
        try {
            String page = given().get("/sweeps/" + id).then().statusCode(200).extract().asString();
            assertTrue(page.contains("<h2 id=\"replicas-title\">Replicas so far</h2>"), page);
            assertTrue(page.contains("<tr><td>node-b</td><td>1</td><td>1</td></tr>"), "recorded and in flight");
            assertTrue(page.contains("1 device not claimed yet, 1 set aside as not polled"), page);
        } finally {
            // node-a has joined the sweep and waits for the branch devices; ending the sweep lets it go.
            QuarkusTransaction.requiringNew().run(() -> {
                entityManager.createNativeQuery("delete from sweep_device where sweep_id = :sweep")
                        .setParameter("sweep", id).executeUpdate();
                entityManager.createNativeQuery("update sweep set state = 'INTERRUPTED', finished_at = now()"
                        + " where id = :sweep").setParameter("sweep", id).executeUpdate();
            });
        }
    }

    @Test
    void theClusterViewListsTheReplicasAndTheZoneWithoutALiveOne() {
        given().get("/api/cluster").then().statusCode(200)
                .body("enabled", equalTo(true))
                .body("nodeId", equalTo("node-a"))
                .body("members.node", equalTo(List.of("node-a", "node-b", "node-c")))
                .body("members.live", equalTo(List.of(true, true, false)))
                .body("members.zone", equalTo(java.util.Arrays.asList(null, "branch", null)))
                .body("members.find { it.node == 'node-b' }.maxConcurrency", equalTo(16))
                .body("members.find { it.node == 'node-b' }.heartbeatAt", not(equalTo(null)))
                .body("zonesWithoutReplica", equalTo(List.of("depot")));

        String page = given().get("/cluster").then().statusCode(200).extract().asString();
        assertTrue(page.contains("This page comes from <strong class=\"this-node\">node-a</strong>"), page);
        assertTrue(page.contains("<td>node-b</td>") && page.contains("<td>branch</td>"));
        assertTrue(page.contains("<span class=\"badge status-error\">gone</span>"), "node-c is gone, in words");
        assertTrue(page.contains("No live replica in zone depot</strong>"));
        assertTrue(page.contains("<a href=\"/cluster\">Cluster</a>"), "the header links to the cluster view");
        assertFalse(page.contains("A single replica"));
    }

    @Test
    void theClusterCheckIsDegradedByTheZoneWithoutAReplica() {
        given().get("/q/health/group/cluster").then().statusCode(200)
                .body("checks[0].status", equalTo("UP"))
                .body("checks[0].data.enabled", equalTo(true))
                .body("checks[0].data.nodeId", equalTo("node-a"))
                .body("checks[0].data.members", equalTo(2))
                .body("checks[0].data.zonesWithoutReplica", equalTo("depot"))
                .body("checks[0].data.state", equalTo("degraded"))
                .body("checks[0].data.reason", containsString("no live replica in zone depot"));
        for (String probe : List.of("live", "ready", "started")) {
            given().get("/q/health/" + probe).then().body("checks.name", not(hasItems("cluster")));
        }
    }

    @Test
    void everyMeterCarriesTheNodeId() {
        String scrape = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(scrape.contains("driftwatch_devices{node=\"node-a\",status=\"OK\"}"), scrape);
        assertTrue(scrape.lines().filter(line -> line.startsWith("driftwatch_") || line.startsWith("jvm_"))
                .allMatch(line -> line.contains("node=\"node-a\"")), "every series has the tag");
    }
}
