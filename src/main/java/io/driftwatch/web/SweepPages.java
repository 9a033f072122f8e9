package io.driftwatch.web;

import io.driftwatch.cluster.ClusterNode;
import io.driftwatch.cluster.SweepClaims;
import io.driftwatch.history.ObservationRepository;
import io.driftwatch.history.Sweep;
import io.driftwatch.history.SweepFailure;
import io.driftwatch.history.SweepRepository;
import io.driftwatch.polling.SweepService;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;

/** Recent sweeps with their duration and counts, each sweep's failures, and the "Sweep now" button. */
@Path("/sweeps")
@Produces(MediaType.TEXT_HTML)
public class SweepPages {

    static final int RECENT = 100;

    private final SweepRepository sweeps;
    private final ObservationRepository observations;
    private final SweepService sweepService;
    private final SecurityIdentity identity;
    private final SweepClaims claims;
    private final ClusterNode node;

    public SweepPages(SweepRepository sweeps, ObservationRepository observations, SweepService sweepService,
            SecurityIdentity identity, SweepClaims claims, ClusterNode node) {
        this.sweeps = sweeps;
        this.observations = observations;
        this.sweepService = sweepService;
        this.identity = identity;
        this.claims = claims;
        this.node = node;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<SweepJson> sweeps, Long running);

        /** @param progress a running cluster sweep's figures per replica so far; null otherwise */
        static native TemplateInstance sweep(SweepJson sweep, List<SweepFailure> failures, boolean already,
                SweepClaims.Progress progress);
    }

    @GET
    @Transactional
    public TemplateInstance list() {
        return Templates.list(sweeps.recent(RECENT).stream().map(SweepJson::of).toList(),
                sweepService.runningSweep().orElse(null));
    }

    /** @param already the operator asked for a sweep while this one was running, so none was started */
    @GET
    @Path("/{id}")
    @Transactional
    public TemplateInstance sweep(@PathParam("id") long id, @QueryParam("already") boolean already) {
        SweepJson sweep = sweeps.findByIdOptional(id).map(s -> SweepJson.of(s, claims.shares(id)))
                .orElseThrow(() -> new NotFoundException("no sweep " + id));
        SweepClaims.Progress progress = sweep.running() && node.enabled() ? claims.progress(id) : null;
        return Templates.sweep(sweep, observations.failuresOf(id), already, progress);
    }

    /**
     * "Sweep now": starts a sweep recorded with the operator's name and shows its page; when one is running, shows
     * that one and says so (sweeps are never queued).
     */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Viewer.OPERATOR)
    public Response sweepNow() {
        return sweepService.start(Sweep.Trigger.MANUAL, identity.getPrincipal().getName())
                .map(id -> Response.seeOther(URI.create("/sweeps/" + id)).build())
                .or(() -> sweepService.runningSweep()
                        .map(id -> Response.seeOther(URI.create("/sweeps/" + id + "?already=true")).build()))
                .orElseThrow(() -> PageError.of(Response.Status.SERVICE_UNAVAILABLE,
                        "Driftwatch is stopping and starts no new sweep"));
    }
}
