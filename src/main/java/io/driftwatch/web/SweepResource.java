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
import java.util.Map;

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
    public List<SweepJson> list(@QueryParam("limit") @DefaultValue("50") int limit) {
        if (limit < 1 || limit > 1000) {
            throw ApiError.of(Response.Status.BAD_REQUEST, "limit must be between 1 and 1000");
        }
        return sweeps.recent(limit).stream().map(this::json).toList();
    }

    @GET
    @Path("/{id}")
    @Transactional
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
    public Response start() {
        return sweepService.start(Sweep.Trigger.MANUAL, identity.getPrincipal().getName())
                .map(id -> Response.accepted(Map.of("id", id)).location(URI.create("/api/sweeps/" + id)).build())
                .orElseGet(() -> Response.status(Response.Status.CONFLICT)
                        .entity(Map.of("status", 409, "message", "a sweep is already running",
                                "id", sweepService.runningSweep().orElse(0L)))
                        .build());
    }
}
