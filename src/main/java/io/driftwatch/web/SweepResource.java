package io.driftwatch.web;

import io.driftwatch.cluster.SweepClaims;
import io.driftwatch.history.Sweep;
import io.driftwatch.history.SweepRepository;
import io.driftwatch.polling.SweepService;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Path("/api/sweeps")
@Produces(MediaType.APPLICATION_JSON)
public class SweepResource {

    private final SweepRepository sweeps;
    private final SweepService sweepService;
    private final SecurityIdentity identity;
    private final SweepClaims claims;

    public SweepResource(SweepRepository sweeps, SweepService sweepService, SecurityIdentity identity,
            SweepClaims claims) {
        this.sweeps = sweeps;
        this.sweepService = sweepService;
        this.identity = identity;
        this.claims = claims;
    }

    /** Recent sweeps, newest first. */
    @GET
    @Transactional
    @APIResponse(responseCode = "200", description = "Recent sweeps, newest first")
    @APIResponse(responseCode = "400", description = "limit out of range")
    public List<SweepJson> list(@QueryParam("limit") @DefaultValue("50") int limit) {
        if (limit < 1 || limit > 1000) {
            throw ApiError.of(Response.Status.BAD_REQUEST, "limit must be between 1 and 1000");
        }
        return sweeps.recent(limit).stream().map(this::json).toList();
    }

    @GET
    @Path("/{id}")
    @Transactional
    @APIResponse(responseCode = "200", description = "The sweep")
    @APIResponse(responseCode = "404", description = "No sweep with that id")
    public SweepJson get(@PathParam("id") long id) {
        Sweep sweep = sweeps.findByIdOptional(id)
                .orElseThrow(() -> ApiError.of(Response.Status.NOT_FOUND, "no sweep " + id));
        return json(sweep);
    }

    private SweepJson json(Sweep sweep) {
        return SweepJson.of(sweep, claims.shares(sweep.id));
    }

    /**
     * Starts a sweep now, recorded with the caller's name: 202 with its id, or 409 with the running sweep's id when
     * one is in progress.
     */
    @POST
    @RolesAllowed(Viewer.OPERATOR)
    @APIResponse(responseCode = "202", description = "Started; its id, and its address in Location",
            content = @Content(schema = @Schema(implementation = Started.class)))
    @APIResponse(responseCode = "409", description = "A sweep is running already; the answer names it",
            content = @Content(schema = @Schema(implementation = AlreadyRunning.class)))
    public Response start() {
        return sweepService.start(Sweep.Trigger.MANUAL, identity.getPrincipal().getName())
                .map(id -> Response.accepted(new Started(id)).location(URI.create("/api/sweeps/" + id)).build())
                .orElseGet(() -> Response.status(Response.Status.CONFLICT)
                        .entity(new AlreadyRunning(409, "a sweep is already running",
                                sweepService.runningSweep().orElse(0L)))
                        .build());
    }

    /** The answer to a started sweep. */
    public record Started(long id) {
    }

    /** The error of a second sweep, with the running sweep's id. */
    public record AlreadyRunning(int status, String message, long id) {
    }
}
