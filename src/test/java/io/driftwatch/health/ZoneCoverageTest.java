package io.driftwatch.health;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.driftwatch.cluster.Members.Member;
import io.driftwatch.inventory.DeviceSpec;
import io.driftwatch.inventory.GroupOptions;
import io.driftwatch.inventory.Inventory;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Zones of the inventory that no live replica polls, the devices without a zone counting as one. */
class ZoneCoverageTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void aZoneIsCoveredOnlyByALiveReplicaOfThatZone() {
        Inventory inventory = inventory(device("hq-1", null, "core"), device("branch-1", "branch", "core"),
                device("depot-1", null, "depot"), device("lab-1", "lab", "core"));
        // The depot group gives its devices the zone "depot"; lab's only replica is gone.
        List<Member> members = List.of(member("node-a", null, true), member("node-b", "branch", true),
                member("node-c", "lab", false));
        assertEquals(List.of("depot", "lab"), ZoneCoverage.zonesWithoutReplica(inventory, members));
    }

    @Test
    void devicesWithoutAZoneNeedALiveReplicaWithoutOne() {
        Inventory inventory = inventory(device("hq-1", null, "core"), device("branch-1", "branch", "core"));
        assertEquals(List.of(ZoneCoverage.NO_ZONE),
                ZoneCoverage.zonesWithoutReplica(inventory, List.of(member("node-b", "branch", true),
                        member("node-a", null, false))));
        assertEquals(List.of(ZoneCoverage.NO_ZONE, "branch"), ZoneCoverage.zonesWithoutReplica(inventory, List.of()));
    }

    private static Inventory inventory(DeviceSpec... devices) {
        GroupOptions depot = new GroupOptions(GroupOptions.SshAlgorithms.NONE, false, null, null, "depot");
        return new Inventory(Path.of("inventory.yaml"), Map.of(), List.of(devices), Map.of("depot", depot));
    }

    private static DeviceSpec device(String name, String zone, String group) {
        return new DeviceSpec(name, "192.0.2.1", 22, "cisco_ios", "lab", group, zone, 1);
    }

    private static Member member(String node, String zone, boolean live) {
        return new Member(node, zone, 8, NOW, NOW, live);
    }
}
