package io.driftwatch.inventory;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A validated inventory: every device's credential exists and every name is unique.
 *
 * @param source  where the devices were read: the file's path, or NetBox's device list URL
 * @param groups  options of the groups that have an entry under {@code groups:}; other groups get the defaults
 * @param skipped devices the source lists but Driftwatch leaves out, each with the reason
 */
public record Inventory(String source, Map<String, Credential> credentials, List<DeviceSpec> devices,
        Map<String, GroupOptions> groups, List<SkippedDevice> skipped) {

    public Inventory {
        credentials = Map.copyOf(credentials);
        devices = List.copyOf(devices);
        groups = Map.copyOf(groups);
        skipped = List.copyOf(skipped);
    }

    /** An inventory read from a file, which skips nothing: a device it cannot use is an error. */
    public Inventory(Path file, Map<String, Credential> credentials, List<DeviceSpec> devices,
            Map<String, GroupOptions> groups) {
        this(file.toString(), credentials, devices, groups, List.of());
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
