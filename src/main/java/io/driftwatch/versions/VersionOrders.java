package io.driftwatch.versions;

import java.util.Locale;
import java.util.Map;

/**
 * The version order of each platform (Netmiko / ntc-templates names). Platforms without a family of their own, and
 * unknown ones, get the generic rule; Cisco IOS, IOS-XE, ASA, NX-OS and PAN-OS numbering needs nothing more (see
 * {@link GenericOrder}).
 */
public final class VersionOrders {

    private static final VersionOrder GENERIC = GenericOrder.INSTANCE;
    private static final VersionOrder JUNOS = new JunosOrder();
    private static final VersionOrder EOS = new EosOrder();
    private static final VersionOrder FORTIOS = new FortiOsOrder();
    private static final VersionOrder XR = new XrOrder();
    private static final VersionOrder FASTIRON = new FastIronOrder();

    private static final Map<String, VersionOrder> BY_PLATFORM = Map.ofEntries(
            Map.entry("juniper_junos", JUNOS),
            Map.entry("juniper", JUNOS),
            Map.entry("arista_eos", EOS),
            Map.entry("fortinet", FORTIOS),
            Map.entry("cisco_xr", XR),
            Map.entry("brocade_fastiron", FASTIRON),
            Map.entry("ruckus_fastiron", FASTIRON),
            // Named so the choice is visible: the generic rule is the Cisco rule.
            Map.entry("cisco_ios", GENERIC),
            Map.entry("cisco_xe", GENERIC),
            Map.entry("cisco_s300", GENERIC),
            Map.entry("cisco_asa", GENERIC),
            Map.entry("cisco_ftd", GENERIC),
            Map.entry("cisco_fxos", GENERIC),
            Map.entry("cisco_nxos", GENERIC),
            Map.entry("paloalto_panos", GENERIC));

    private VersionOrders() {
    }

    /** The order for {@code platform}; the generic order for a null or unknown platform. */
    public static VersionOrder forPlatform(String platform) {
        if (platform == null) {
            return GENERIC;
        }
        return BY_PLATFORM.getOrDefault(platform.strip().toLowerCase(Locale.ROOT), GENERIC);
    }

    /** The rule used for platforms without a family of their own. */
    public static VersionOrder generic() {
        return GENERIC;
    }

    /**
     * Which way a device went when its version changed from {@code from} to {@code to}. A first report (from null)
     * is an upgrade; strings naming the same release ({@code 7.9.2} and {@code 7.9.2 LNT}) are {@link Direction#SAME}.
     */
    public static Direction direction(String platform, String from, String to) {
        int order = forPlatform(platform).compare(from, to);
        if (order < 0) {
            return Direction.UPGRADE;
        }
        return order > 0 ? Direction.DOWNGRADE : Direction.SAME;
    }
}
