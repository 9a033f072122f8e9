package io.driftwatch.inventory;

/**
 * One router as the inventory file declares it.
 *
 * @param platform   a parser's platform name, or {@value #AUTODETECT} to have the platform found by a probe
 * @param credential name of an entry under {@code credentials}
 * @param zone       the zone whose replicas poll it, or null for none of its own (see {@link Inventory#zoneOf})
 * @param line       line of the inventory file that declared it, for messages; 0 for a device from NetBox
 */
public record DeviceSpec(String name, String host, int port, String platform, String credential, String group,
        String zone, int line) {

    /** The platform keyword that asks Driftwatch to find the platform itself. */
    public static final String AUTODETECT = "autodetect";

    public boolean autodetect() {
        return AUTODETECT.equals(platform);
    }
}
