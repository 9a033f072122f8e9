package io.driftwatch.health;

import io.driftwatch.inventory.Inventory;
import io.driftwatch.inventory.InventoryConfig;
import io.driftwatch.inventory.InventoryService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready once an inventory is loaded. A later invalid file, or NetBox failing, keeps the daemon ready (it sweeps the
 * last good one), but the check says so, so the error is visible where operators look.
 */
@Readiness
@ApplicationScoped
public class InventoryReadinessCheck implements HealthCheck {

    private final InventoryService inventory;

    public InventoryReadinessCheck(InventoryService inventory) {
        this.inventory = inventory;
    }

    @Override
    public HealthCheckResponse call() {
        Optional<Inventory> current = inventory.current();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("inventory").status(current.isPresent());
        boolean netbox = inventory.source() == InventoryConfig.Source.NETBOX;
        current.ifPresent(i -> response.withData(netbox ? "netbox" : "file", i.source())
                .withData("devices", i.devices().size()));
        if (netbox) {
            current.ifPresent(i -> response.withData("skipped", i.skipped().size()));
        }
        if (current.isEmpty()) {
            response.withData("reason", "no inventory loaded yet");
        }
        inventory.lastError().ifPresent(error -> response.withData("lastError", error));
        return response.build();
    }
}
