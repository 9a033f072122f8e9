package io.driftwatch.web;

import io.driftwatch.alerting.AlertingStatus;
import io.driftwatch.alerting.Delivery;
import io.driftwatch.alerting.HookStatus;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The alert hooks and their outbox. */
@Path("/api/hooks")
@Produces(MediaType.APPLICATION_JSON)
public class HookResource {

    private final AlertingStatus status;

    public HookResource(AlertingStatus status) {
        this.status = status;
    }

    /** Every hook with its backlog, last delivery and current error; hooks no longer configured too. */
    @GET
    public List<HookStatus> list() {
        return status.hooks();
    }

    /** A hook's deliveries, newest first, optionally of one state. */
    @GET
    @Path("/{name}/deliveries")
    @APIResponse(responseCode = "200", description = "The hook's deliveries, newest first")
    @APIResponse(responseCode = "400", description = "A state or limit that is not one")
    @APIResponse(responseCode = "404", description = "No hook by that name")
    public List<DeliveryJson> deliveries(@PathParam("name") String name, @QueryParam("state") String state,
            @QueryParam("limit") @DefaultValue("100") int limit) {
        if (limit < 1 || limit > 10_000) {
            throw ApiError.of(Response.Status.BAD_REQUEST, "limit must be between 1 and 10000");
        }
        Delivery.State wanted = null;
        if (state != null && !state.isBlank()) {
            try {
                wanted = Delivery.State.valueOf(state.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw ApiError.of(Response.Status.BAD_REQUEST, "state '" + state + "' is not one of "
                        + Arrays.toString(Delivery.State.values()));
            }
        }
        if (status.hooks().stream().noneMatch(h -> h.name().equals(name))) {
            throw ApiError.of(Response.Status.NOT_FOUND, "no hook named " + name);
        }
        return status.deliveries(name, wanted, limit).stream().map(DeliveryJson::of).toList();
    }
}
