package io.driftwatch.web;

import io.driftwatch.inventory.Inventory;
import io.driftwatch.inventory.InventoryService;
import io.driftwatch.inventory.SkippedDevice;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

@Path("/api/inventory")
@Produces(MediaType.APPLICATION_JSON)
public class InventoryResource {

    private final InventoryService inventory;

    public InventoryResource(InventoryService inventory) {
        this.inventory = inventory;
    }

    /** Devices the inventory's source (NetBox) lists that are left out, each with its NetBox id and the reason. */
    @GET
    @Path("/skipped")
    public List<SkippedDevice> skipped() {
        return inventory.current().map(Inventory::skipped).orElse(List.of());
    }
}
