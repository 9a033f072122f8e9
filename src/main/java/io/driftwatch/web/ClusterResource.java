package io.driftwatch.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/api/cluster")
@Produces(MediaType.APPLICATION_JSON)
public class ClusterResource {

    private final ClusterOverview overview;

    public ClusterResource(ClusterOverview overview) {
        this.overview = overview;
    }

    /** This replica, and in a cluster every replica with its share of the last sweep and the zones left unpolled. */
    @GET
    public ClusterJson get() {
        return overview.read();
    }
}
