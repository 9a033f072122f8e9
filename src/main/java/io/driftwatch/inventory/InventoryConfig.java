package io.driftwatch.inventory;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.util.Optional;

/** Where the device list and its credentials are read from. */
@ConfigMapping(prefix = "driftwatch.inventory")
public interface InventoryConfig {

    /** {@code file}: the device list is {@link #path()}; {@code netbox}: NetBox's API ({@link NetboxConfig}). */
    @WithDefault("file")
    Source source();

    /** Inventory file, YAML or (when the name ends in {@code .csv}) a CSV device list; re-read every sweep. */
    @WithDefault("config/inventory.yaml")
    Path path();

    /**
     * Credentials file for a CSV or NetBox inventory; default {@code credentials.yaml} in the CSV's folder, or beside
     * {@link #path()} for NetBox.
     */
    Optional<Path> credentialsPath();

    enum Source {
        FILE,
        NETBOX
    }
}
