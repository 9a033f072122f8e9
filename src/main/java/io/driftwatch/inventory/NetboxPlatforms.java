package io.driftwatch.inventory;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which Driftwatch platform a NetBox platform slug means. NetBox's slugs are each installation's own choice, so the
 * built-in table holds the short names people use (often NAPALM's driver names) and the settings add or override
 * any; a slug that is a Driftwatch platform name, with {@code -} for {@code _} or not, means that platform.
 */
final class NetboxPlatforms {

    /** Built-in slugs; every value is a platform of the standard parsers (NetboxPlatformsTest checks). */
    static final Map<String, String> DEFAULTS = Map.ofEntries(
            Map.entry("ios", "cisco_ios"),
            Map.entry("iosxe", "cisco_ios"),
            Map.entry("ios-xe", "cisco_ios"),
            Map.entry("nxos", "cisco_nxos"),
            Map.entry("nx-os", "cisco_nxos"),
            Map.entry("iosxr", "cisco_xr"),
            Map.entry("ios-xr", "cisco_xr"),
            Map.entry("asa", "cisco_asa"),
            Map.entry("fxos", "cisco_fxos"),
            Map.entry("junos", "juniper_junos"),
            Map.entry("eos", "arista_eos"),
            Map.entry("panos", "paloalto_panos"),
            Map.entry("pan-os", "paloalto_panos"),
            Map.entry("fortios", "fortinet"),
            Map.entry("routeros", "mikrotik_routeros"),
            Map.entry("vrp", "huawei_vrp"),
            Map.entry("smartax", "huawei_smartax"),
            Map.entry("aoscx", "aruba_aoscx"),
            Map.entry("aos-cx", "aruba_aoscx"),
            Map.entry("arubaos", "aruba_os"),
            Map.entry("procurve", "hp_procurve"),
            Map.entry("edgeos", "ubiquiti_edgerouter"),
            Map.entry("edgeswitch", "ubiquiti_edgeswitch"),
            Map.entry("gaia", "checkpoint_gaia"),
            Map.entry("saos", "ciena_saos"),
            Map.entry("ftos", "dell_force10"),
            Map.entry("awplus", "allied_telesis_awplus"),
            Map.entry("ipos", "ericsson_ipos"),
            Map.entry("zxros", "zte_zxros"),
            Map.entry("oneos", "oneaccess_oneos"));

    private final Map<String, String> bySlug;
    private final Set<String> platforms;

    /**
     * @param overrides platform by slug from the settings, over {@link #DEFAULTS}
     * @param platforms the parsers' platform names
     */
    NetboxPlatforms(Map<String, String> overrides, Set<String> platforms) {
        Map<String, String> all = new HashMap<>(DEFAULTS);
        all.putAll(overrides);
        this.bySlug = Map.copyOf(all);
        this.platforms = Set.copyOf(platforms);
    }

    /**
     * @return the platform the slug means, unchecked when it comes from the settings (the device validator names a
     *         wrong one); empty when it means none
     */
    Optional<String> platformOf(String slug) {
        String mapped = bySlug.get(slug);
        if (mapped != null) {
            return Optional.of(mapped.strip());
        }
        if (platforms.contains(slug)) {
            return Optional.of(slug);
        }
        String underscored = slug.replace('-', '_');
        return platforms.contains(underscored) ? Optional.of(underscored) : Optional.empty();
    }
}
