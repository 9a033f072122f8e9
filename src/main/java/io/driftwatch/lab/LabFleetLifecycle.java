package io.driftwatch.lab;

import io.driftwatch.inventory.InventoryConfig;
import io.driftwatch.parsing.ParserRegistry;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Optional;

/** Starts the lab fleet inside the daemon when enabled, before the inventory is first read. */
@ApplicationScoped
public class LabFleetLifecycle {

    private final LabConfig config;
    private final InventoryConfig inventoryConfig;
    private final ParserRegistry parsers;
    private final Clock clock;
    private volatile LabFleet fleet;

    public LabFleetLifecycle(LabConfig config, InventoryConfig inventoryConfig, ParserRegistry parsers, Clock clock) {
        this.config = config;
        this.inventoryConfig = inventoryConfig;
        this.parsers = parsers;
        this.clock = clock;
    }

    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION) StartupEvent event) {
        if (!config.enabled()) {
            return;
        }
        try {
            fleet = LabFleet.start(LabFleet.Settings.of(config), parsers, clock);
        } catch (IOException e) {
            throw new UncheckedIOException("the lab fleet could not start: " + e.getMessage(), e);
        }
        Log.infof("Lab fleet: %d simulated routers on 127.0.0.1:%d-%d, %s host keys, inventory written to %s",
                config.devices(), config.basePort(), config.basePort() + config.devices() - 1,
                config.hostKey().spelling(), fleet.inventoryFile());
        if (!inventoryConfig.path().toAbsolutePath().normalize()
                .equals(fleet.inventoryFile().toAbsolutePath().normalize())) {
            Log.warnf("driftwatch.inventory.path is %s, not the lab inventory %s: the lab routers are not swept"
                    + " (the lab profile sets both)", inventoryConfig.path(), fleet.inventoryFile());
        }
    }

    /** The running fleet, when enabled. */
    public Optional<LabFleet> fleet() {
        return Optional.ofNullable(fleet);
    }

    void onStop(@Observes ShutdownEvent event) throws IOException {
        if (fleet != null) {
            fleet.close();
        }
    }
}
