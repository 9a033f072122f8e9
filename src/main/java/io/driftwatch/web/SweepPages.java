package io.driftwatch.web;

import io.driftwatch.history.ObservationRepository;
import io.driftwatch.history.SweepFailure;
import io.driftwatch.history.SweepRepository;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Recent sweeps with their duration and counts, and each sweep's failures. */
@Path("/sweeps")
@Produces(MediaType.TEXT_HTML)
public class SweepPages {

    static final int RECENT = 100;

    private final SweepRepository sweeps;
    private final ObservationRepository observations;

    public SweepPages(SweepRepository sweeps, ObservationRepository observations) {
        this.sweeps = sweeps;
        this.observations = observations;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<SweepJson> sweeps);

        static native TemplateInstance sweep(SweepJson sweep, List<SweepFailure> failures);
    }

    @GET
    @Transactional
    public TemplateInstance list() {
        return Templates.list(sweeps.recent(RECENT).stream().map(SweepJson::of).toList());
    }

    @GET
    @Path("/{id}")
    @Transactional
    public TemplateInstance sweep(@PathParam("id") long id) {
        SweepJson sweep = sweeps.findByIdOptional(id).map(SweepJson::of)
                .orElseThrow(() -> new NotFoundException("no sweep " + id));
        return Templates.sweep(sweep, observations.failuresOf(id));
    }
}
