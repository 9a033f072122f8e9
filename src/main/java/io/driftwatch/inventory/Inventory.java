package io.driftwatch.inventory;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** A validated inventory: every device's credential exists and every name is unique. */
public record Inventory(Path source, Map<String, Credential> credentials, List<DeviceSpec> devices) {

    public Inventory {
        credentials = Map.copyOf(credentials);
        devices = List.copyOf(devices);
    }

    public Credential credentialOf(DeviceSpec device) {
        return credentials.get(device.credential());
    }
}
