package io.driftwatch.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The replicas sharing this database, with zone, heartbeat and share of the last sweep; or this single replica. */
@Path("/cluster")
@Produces(MediaType.TEXT_HTML)
public class ClusterPage {

    private final ClusterOverview overview;

    public ClusterPage(ClusterOverview overview) {
        this.overview = overview;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(ClusterJson cluster);
    }

    @GET
    public TemplateInstance index() {
        return Templates.index(overview.read());
    }
}
