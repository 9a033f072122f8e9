package io.driftwatch.inventory;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A validated inventory: every device's credential exists and every name is unique.
 *
 * @param groups options of the groups that have an entry under {@code groups:}; other groups get the defaults
 */
public record Inventory(Path source, Map<String, Credential> credentials, List<DeviceSpec> devices,
        Map<String, GroupOptions> groups) {

    public Inventory {
        credentials = Map.copyOf(credentials);
        devices = List.copyOf(devices);
        groups = Map.copyOf(groups);
    }

    public Credential credentialOf(DeviceSpec device) {
        return credentials.get(device.credential());
    }

    /** The device's group options, {@link GroupOptions#DEFAULTS} when its group has no entry. */
    public GroupOptions optionsOf(DeviceSpec device) {
        return groups.getOrDefault(device.group(), GroupOptions.DEFAULTS);
    }

    /** The zone whose replicas poll the device: its own, else its group's, else null for none. */
    public String zoneOf(DeviceSpec device) {
        return device.zone() != null ? device.zone() : optionsOf(device).zone();
    }
}
