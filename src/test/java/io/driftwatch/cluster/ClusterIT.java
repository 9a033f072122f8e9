package io.driftwatch.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.driftwatch.testing.Replica;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Several Driftwatch processes of the built PostgreSQL application on one database, sweeping routers in this JVM
 * that count what they are asked: each router once per sweep, whichever replica asks, even when one is killed.
 */
class ClusterIT {

    private static final Duration SWEEP_END = Duration.ofSeconds(90);

    @Test
    void threeReplicasAskEveryRouterOncePerSweepAndEachTakesPart() throws Exception {
        try (ClusterLab lab = new ClusterLab("cluster_once")) {
            lab.routers("core", 90, Duration.ofMillis(400), null).set("driftwatch.sweep.max-concurrency", "5");
            List<Replica> replicas = lab.start("node-a", "node-b", "node-c");

            long sweep = replicas.get(1).startSweep();
            assertEquals(sweep, replicas.get(2).startSweep(),
                    "asked on another replica while it runs: the same cluster sweep, not a second one");
            assertEquals("COMPLETED", lab.awaitSweepEnd(sweep, SWEEP_END));

            assertEquals(Set.of(1), Set.copyOf(lab.commands().values()), "version commands per router");
            Map<String, List<Object>> devices = lab.devices("status, polled_sweep_id, polled_by");
            assertEquals(90, devices.size());
            devices.forEach((device, row) -> {
                assertEquals("OK", row.get(0), device);
                assertEquals(sweep, ((Number) row.get(1)).longValue(), device);
            });
            assertEquals(Set.of("node-a", "node-b", "node-c"),
                    devices.values().stream().map(row -> (String) row.get(2)).collect(Collectors.toSet()),
                    "every replica recorded devices");
            List<Integer> shares = lab.list("select devices from sweep_share where sweep_id = " + sweep,
                    rs -> rs.getInt(1));
            assertEquals(3, shares.size(), "a share per replica");
            assertEquals(90, shares.stream().mapToInt(Integer::intValue).sum());
            assertEquals(Integer.valueOf(90),
                    lab.single("select ok from sweep where id = " + sweep, rs -> rs.getInt(1)));
            assertEquals(Integer.valueOf(0), lab.single("select count(*) from sweep_device", rs -> rs.getInt(1)),
                    "the work list is emptied when the sweep ends");

            long second = replicas.get(0).startSweep();
            assertEquals("COMPLETED", lab.awaitSweepEnd(second, SWEEP_END));
            assertEquals(Set.of(2), Set.copyOf(lab.commands().values()), "version commands per router, two sweeps");
            assertEquals(Integer.valueOf(0), lab.single("select count(*) from drift_event", rs -> rs.getInt(1)),
                    "no drift: the first sweep is a baseline and nothing changed, whichever replica recorded what");
        }
    }

    @Test
    void aReplicaKilledMidSweepLeavesNoDeviceUnpolled() throws Exception {
        try (ClusterLab lab = new ClusterLab("cluster_kill")) {
            lab.routers("edge", 120, Duration.ofMillis(1000), null).set("driftwatch.sweep.max-concurrency", "5");
            List<Replica> replicas = lab.start("node-a", "node-b", "node-c");

            Replica opener = replicas.get(0);
            long sweep = opener.startSweep();
            Thread.sleep(2500);
            opener.kill();
            assertEquals("COMPLETED", lab.awaitSweepEnd(sweep, SWEEP_END));

            Map<String, List<Object>> devices = lab.devices("status, polled_sweep_id");
            assertEquals(120, devices.size());
            devices.forEach((device, row) -> {
                assertEquals("OK", row.get(0), device);
                assertEquals(sweep, ((Number) row.get(1)).longValue(), device);
            });
            Map<String, Integer> commands = lab.commands();
            commands.forEach((router, n) -> assertTrue(n == 1 || n == 2, router + " asked " + n + " times"));
            // Asked again: what the killed replica had in flight (its max-concurrency, 5) and what had answered but
            // was still waiting for its writer's batch; on a busy machine a kill 2.5 s in can find a round of each.
            long again = commands.values().stream().filter(n -> n == 2).count();
            assertTrue(again <= 2 * 5, again + " routers asked twice: only those in flight on the killed replica or"
                    + " answered and not yet written (twice its max-concurrency, 5) may be");
            assertEquals(Integer.valueOf(120),
                    lab.single("select ok from sweep where id = " + sweep, rs -> rs.getInt(1)));
        }
    }

    @Test
    void threeReplicasWithTheSameCronMakeOneSweepPerSlot() throws Exception {
        try (ClusterLab lab = new ClusterLab("cluster_cron")) {
            lab.routers("tick", 20, Duration.ofMillis(100), null).set("driftwatch.sweep.cron", "0/4 * * * * ?");
            List<Replica> replicas = lab.start("node-a", "node-b", "node-c");
            Thread.sleep(11_000);
            // Stop just after a sweep completes, all three at once: a sweep takes under a second of its 4 s slot,
            // so none opens before the scheduler stops. A cold first sweep can run past its slot and shift the
            // rest, so the moment is awaited, not assumed.
            int before = lab.single("select count(*) from sweep where state = 'COMPLETED'", rs -> rs.getInt(1));
            long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (lab.single("select count(*) from sweep where state = 'COMPLETED'", rs -> rs.getInt(1)) == before
                    && System.nanoTime() < until) {
                Thread.sleep(20);
            }
            replicas.forEach(Replica::terminate);
            for (Replica replica : replicas) {
                replica.close();
            }

            List<Long> completed = lab.list("select id from sweep where state = 'COMPLETED'", rs -> rs.getLong(1));
            assertTrue(completed.size() >= 2, "completed scheduled sweeps: " + completed);
            // A slot that finds the sweep of an earlier one still running is taken and skipped, so there may be
            // fewer sweeps than slots, never more, and never two in one slot (each opens within the slot it took).
            List<Long> slotsOfSweeps = lab.list("select floor(extract(epoch from started_at) / 4) from sweep",
                    rs -> rs.getLong(1));
            assertEquals(slotsOfSweeps.size(), Set.copyOf(slotsOfSweeps).size(), "sweeps per slot: " + slotsOfSweeps);
            Integer slots = lab.single("select count(*) from cluster_job where job = 'sweep'", rs -> rs.getInt(1));
            assertTrue(slotsOfSweeps.size() <= slots, slotsOfSweeps.size() + " sweeps for " + slots + " slots");
            // Should a slow machine still open one more before the stop, that sweep ends cut short and may have
            // asked each router once more, never twice.
            int cutShort = slotsOfSweeps.size() - completed.size();
            lab.commands().forEach((router, asked) -> assertTrue(
                    asked >= completed.size() && asked <= completed.size() + cutShort,
                    router + " asked " + asked + " times for " + completed.size() + " completed sweeps and "
                            + cutShort + " cut short: each router once per sweep"));
        }
    }

    @Test
    void aZoneIsPolledOnlyByItsReplicaAndShownNotPolledWithoutOne() throws Exception {
        try (ClusterLab lab = new ClusterLab("cluster_zones")) {
            lab.routers("branch", 30, Duration.ofMillis(200), "branch").routers("central", 30, Duration.ofMillis(200),
                    null);
            Map<String, Map<String, String>> nodes = new LinkedHashMap<>();
            nodes.put("node-central", Map.of());
            nodes.put("node-branch", Map.of("driftwatch.cluster.zone", "branch"));
            List<Replica> replicas = lab.start(nodes);
            Replica central = replicas.get(0);
            Replica branch = replicas.get(1);

            long first = central.startSweep();
            assertEquals("COMPLETED", lab.awaitSweepEnd(first, SWEEP_END));
            lab.devices("polled_by").forEach((device, row) -> assertEquals(
                    device.startsWith("branch") ? "node-branch" : "node-central", row.get(0), "who polled " + device));
            assertEquals(Set.of(1), Set.copyOf(lab.commands().values()));

            branch.kill();
            Thread.sleep(ClusterLab.LEASE.plusSeconds(1).toMillis()); // past the lease: the branch replica is gone
            long second = central.startSweep();
            assertEquals("COMPLETED", lab.awaitSweepEnd(second, SWEEP_END));
            assertEquals(Integer.valueOf(30),
                    lab.single("select skipped from sweep where id = " + second, rs -> rs.getInt(1)));
            lab.devices("polled_sweep_id, not_polled").forEach((device, row) -> {
                if (device.startsWith("branch")) {
                    assertEquals(first, ((Number) row.get(0)).longValue(), device);
                    assertEquals("not polled: no live replica in zone branch", row.get(1), device);
                } else {
                    assertEquals(second, ((Number) row.get(0)).longValue(), device);
                    assertNull(row.get(1), device);
                }
            });
            assertEquals(Set.of(1), lab.commands().entrySet().stream().filter(e -> e.getKey().startsWith("branch"))
                    .map(Map.Entry::getValue).collect(Collectors.toSet()),
                    "branch routers asked by nobody while no branch replica lives");
        }
    }

    @Test
    void eachAlertIsSentOnceByOneReplicaInOrderPerDevice() throws Exception {
        List<String> received = new CopyOnWriteArrayList<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
        receiver.createContext("/hook", exchange -> {
            received.add(exchange.getRequestHeaders().getFirst("X-Driftwatch-Event-Id"));
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        try (ClusterLab lab = new ClusterLab("cluster_hooks")) {
            lab.routers("hook", 20, Duration.ofMillis(200), null).set("driftwatch.hooks.it.type", "webhook")
                    .set("driftwatch.hooks.it.url", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook")
                    .set("driftwatch.alerting.poll-interval", "500ms");
            List<Replica> replicas = lab.start("node-a", "node-b", "node-c");

            long baseline = replicas.get(0).startSweep();
            assertEquals("COMPLETED", lab.awaitSweepEnd(baseline, SWEEP_END));
            for (int round = 1; round <= 2; round++) {
                lab.upgradeAll();
                long sweep = replicas.get(round).startSweep();
                assertEquals("COMPLETED", lab.awaitSweepEnd(sweep, SWEEP_END));
            }
            List<String> events = lab.list("select id from drift_event order by id", rs -> "event-" + rs.getLong(1));
            assertTrue(events.size() >= 40, "two version changes of 20 routers: " + events.size() + " events");
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (received.size() < events.size() && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            Thread.sleep(3000); // time for a second copy, should any replica send one
            assertEquals(events.size(), received.size(), "messages received: " + received);
            assertEquals(Set.copyOf(events), Set.copyOf(received), "each drift event once");
            Map<Long, List<Long>> byDevice = new LinkedHashMap<>();
            lab.list("select device_id, id from drift_event", rs -> new long[] {rs.getLong(1), rs.getLong(2)})
                    .forEach(row -> byDevice.computeIfAbsent(row[0], d -> new ArrayList<>()).add(row[1]));
            byDevice.forEach((device, ids) -> {
                List<Integer> positions = ids.stream().sorted().map(id -> received.indexOf("event-" + id)).toList();
                assertEquals(positions.stream().sorted().toList(), positions,
                        "device " + device + "'s alerts in order");
            });
        } finally {
            receiver.stop(0);
        }
    }
}
