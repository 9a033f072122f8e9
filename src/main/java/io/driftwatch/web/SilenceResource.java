package io.driftwatch.web;

import io.driftwatch.alerting.SilenceRequest;
import io.driftwatch.alerting.Silences;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Maintenance windows: events of the devices they cover are stored but not sent while they last. */
@Path("/api/silences")
@Produces(MediaType.APPLICATION_JSON)
public class SilenceResource {

    private final Silences silences;
    private final SecurityIdentity identity;

    public SilenceResource(Silences silences, SecurityIdentity identity) {
        this.silences = silences;
        this.identity = identity;
    }

    /** Silences in force now or later, by start. */
    @GET
    public List<SilenceJson> list() {
        return silences.current().stream().map(SilenceJson::of).toList();
    }

    /** Creates a silence, recorded with the operator's name: 201 with it, or 400 naming the wrong field. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("operator")
    @APIResponse(responseCode = "201", description = "The silence, created",
            content = @Content(schema = @Schema(implementation = SilenceJson.class)))
    @APIResponse(responseCode = "400", description = "The message names the wrong field")
    public Response create(SilenceRequest request) {
        if (request == null) {
            throw ApiError.of(Response.Status.BAD_REQUEST, "send the silence as a JSON object");
        }
        SilenceJson created = SilenceJson.of(silences.create(request, identity.getPrincipal().getName()));
        return Response.created(URI.create("/api/silences/" + created.id())).entity(created).build();
    }

    /** Ends a silence now; it stays on record with who removed it. 404 for no such silence, 409 if removed already. */
    @DELETE
    @Path("/{id}")
    @RolesAllowed("operator")
    @APIResponse(responseCode = "200", description = "The silence, ended")
    @APIResponse(responseCode = "404", description = "No silence with that id")
    @APIResponse(responseCode = "409", description = "Removed already")
    public SilenceJson remove(@PathParam("id") long id) {
        return SilenceJson.of(silences.remove(id, identity.getPrincipal().getName()));
    }
}
