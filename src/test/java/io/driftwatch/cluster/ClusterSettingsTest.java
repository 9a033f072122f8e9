package io.driftwatch.cluster;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClusterSettingsTest {

    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final ClusterNode.DatabaseProduct POSTGRESQL = () -> "PostgreSQL";
    private static final ClusterNode.DatabaseProduct H2 = () -> "H2";
    private static final ClusterNode.DatabaseProduct NOT_ASKED = () -> {
        throw new AssertionError("the database is asked only when a cluster is wanted");
    };

    @Test
    void aClusterOnH2IsRefusedNamingTheSetting() {
        ClusterConfigException refused = assertThrows(ClusterConfigException.class,
                () -> ClusterNode.refuseBadSettings(true, Optional.empty(), "pod-0", LEASE, H2));
        assertEquals("driftwatch.cluster.enabled", refused.setting());
        assertTrue(refused.getMessage().contains("driftwatch.cluster.enabled"), refused.getMessage());
        assertTrue(refused.getMessage().contains("H2"), refused.getMessage());
    }

    @Test
    void aClusterOnPostgresqlStarts() {
        assertDoesNotThrow(
                () -> ClusterNode.refuseBadSettings(true, Optional.of("branch"), "driftwatch-1", LEASE, POSTGRESQL));
    }

    @Test
    void aSingleReplicaStartsOnAnyDatabaseWithoutAskingIt() {
        assertDoesNotThrow(() -> ClusterNode.refuseBadSettings(false, Optional.empty(), "laptop.local", LEASE,
                NOT_ASKED));
    }

    @Test
    void aNodeIdThatIsNoHostNameIsRefused() {
        for (String nodeId : new String[] {"", "-pod", "pod 0", "pod/0", "x".repeat(129)}) {
            ClusterConfigException refused = assertThrows(ClusterConfigException.class,
                    () -> ClusterNode.refuseBadSettings(true, Optional.empty(), nodeId, LEASE, POSTGRESQL), nodeId);
            assertEquals("driftwatch.cluster.node-id", refused.setting(), nodeId);
        }
        assertDoesNotThrow(() -> ClusterNode.refuseBadSettings(true, Optional.empty(), "x".repeat(128), LEASE,
                POSTGRESQL));
    }

    @Test
    void aZoneThatIsNoNameIsRefused() {
        for (String zone : new String[] {"_branch", "branch office", "z".repeat(64)}) {
            ClusterConfigException refused = assertThrows(ClusterConfigException.class,
                    () -> ClusterNode.refuseBadSettings(true, Optional.of(zone), "pod-0", LEASE, POSTGRESQL), zone);
            assertEquals("driftwatch.cluster.zone", refused.setting(), zone);
        }
    }

    @Test
    void aZoneWithoutAClusterIsRefused() {
        ClusterConfigException refused = assertThrows(ClusterConfigException.class,
                () -> ClusterNode.refuseBadSettings(false, Optional.of("branch"), "pod-0", LEASE, NOT_ASKED));
        assertEquals("driftwatch.cluster.zone", refused.setting());
        assertTrue(refused.getMessage().contains("driftwatch.cluster.enabled"), refused.getMessage());
    }

    @Test
    void aLeaseShorterThanFiveSecondsIsRefused() {
        ClusterConfigException refused = assertThrows(ClusterConfigException.class,
                () -> ClusterNode.refuseBadSettings(true, Optional.empty(), "pod-0", Duration.ofSeconds(4),
                        POSTGRESQL));
        assertEquals("driftwatch.cluster.lease", refused.setting());
    }
}
