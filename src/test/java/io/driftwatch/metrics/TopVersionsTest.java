package io.driftwatch.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.driftwatch.history.VersionCount;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The versions gauge keeps a platform's most common versions and sums the tail, so series stay bounded. */
class TopVersionsTest {

    @Test
    void versionsPastTheLimitAreSummedAsOtherPerPlatform() {
        List<VersionCount> rows = new ArrayList<>();
        // Most common first, as the repository's query orders them.
        for (int i = 0; i < 12; i++) {
            rows.add(new VersionCount("cisco_ios", "17." + i, 100L - i));
        }
        rows.add(new VersionCount("juniper_junos", "22.4R3", 7L));

        Map<String, Map<String, Long>> top = FleetGauges.topVersions(rows, 10);

        assertEquals(11, top.get("cisco_ios").size());
        assertEquals(100L, top.get("cisco_ios").get("17.0"));
        assertEquals(91L, top.get("cisco_ios").get("17.9"));
        assertEquals(90L + 89L, top.get("cisco_ios").get(FleetGauges.OTHER));
        assertEquals(Map.of("22.4R3", 7L), top.get("juniper_junos"));
    }
}
