package io.driftwatch.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class NetboxPlatformsTest {

    @Test
    void everyBuiltInSlugMeansAPlatformOfTheParsers() {
        Set<String> unknown = new TreeSet<>(NetboxPlatforms.DEFAULTS.values());
        unknown.removeAll(NetboxReaderTest.PLATFORMS);

        assertEquals(Set.of(), unknown);
    }

    @Test
    void aSlugIsLookedUpInTheSettingsThenTheBuiltInsThenAsAPlatformName() {
        NetboxPlatforms platforms = new NetboxPlatforms(Map.of("iosxe", "cisco_xr", "vyos", "autodetect"),
                NetboxReaderTest.PLATFORMS);

        assertEquals(Optional.of("cisco_xr"), platforms.platformOf("iosxe"));
        assertEquals(Optional.of("autodetect"), platforms.platformOf("vyos"));
        assertEquals(Optional.of("juniper_junos"), platforms.platformOf("junos"));
        assertEquals(Optional.of("cisco_nxos"), platforms.platformOf("cisco_nxos"));
        assertEquals(Optional.of("mikrotik_routeros"), platforms.platformOf("mikrotik-routeros"));
        assertEquals(Optional.empty(), platforms.platformOf("f5-tmos"));
        assertTrue(NetboxPlatforms.DEFAULTS.size() >= 20);
    }
}
