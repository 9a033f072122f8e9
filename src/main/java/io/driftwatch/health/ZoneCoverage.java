package io.driftwatch.health;

import io.driftwatch.cluster.Members;
import io.driftwatch.inventory.Inventory;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Which zones of the inventory no live replica polls: a replica polls only its own zone's devices (or, without a
 * zone, only devices without one), so such a zone's devices go unpolled until one joins. The cluster check and the
 * cluster view ({@code web/}) both say so.
 */
public final class ZoneCoverage {

    /** Stands for "no zone" wherever a zone's name is expected. */
    public static final String NO_ZONE = "(none)";

    private ZoneCoverage() {
    }

    /** Zones that have devices but no live member, by name; {@link #NO_ZONE} for the devices without a zone. */
    public static List<String> zonesWithoutReplica(Inventory inventory, List<Members.Member> members) {
        Set<String> served = members.stream().filter(Members.Member::live).map(member -> name(member.zone()))
                .collect(Collectors.toSet());
        Set<String> zones = new TreeSet<>();
        inventory.devices().forEach(device -> zones.add(name(inventory.zoneOf(device))));
        zones.removeAll(served);
        return List.copyOf(zones);
    }

    /** A zone's name as shown, {@link #NO_ZONE} for none. */
    public static String name(String zone) {
        return zone == null ? NO_ZONE : zone;
    }
}
