package io.driftwatch.web;

import io.driftwatch.history.DriftAcknowledgements;
import io.driftwatch.history.DriftEventRepository;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Path("/api/drift")
@Produces(MediaType.APPLICATION_JSON)
public class DriftResource {

    private final DriftEventRepository events;
    private final DriftAcknowledgements acknowledgements;
    private final SecurityIdentity identity;

    public DriftResource(DriftEventRepository events, DriftAcknowledgements acknowledgements,
            SecurityIdentity identity) {
        this.events = events;
        this.acknowledgements = acknowledgements;
        this.identity = identity;
    }

    /** Drift events, newest first, filtered as {@link DriftQuery} says. */
    @GET
    @Transactional
    @APIResponse(responseCode = "200", description = "Drift events, newest first")
    @APIResponse(responseCode = "400", description = "A kind, day or limit that is not one")
    public List<DriftJson> list(@QueryParam("kind") String kind, @QueryParam("device") String device,
            @QueryParam("group") String group, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("attention") @DefaultValue("false") boolean attention,
            @QueryParam("limit") @DefaultValue("100") int limit) {
        if (limit < 1 || limit > 10_000) {
            throw ApiError.of(Response.Status.BAD_REQUEST, "limit must be between 1 and 10000");
        }
        DriftQuery query = DriftQuery.of(kind, device, group, from, to, attention);
        return events.recent(query.filter(), limit).stream().map(DriftJson::of).toList();
    }

    /**
     * Acknowledges an event with the operator's name and comment: 200 with the event; 409 with who acknowledged
     * it first when it already was (the first acknowledgement is kept).
     */
    @POST
    @Path("/{id}/ack")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Viewer.OPERATOR)
    @APIResponse(responseCode = "200", description = "The event, acknowledged")
    @APIResponse(responseCode = "400", description = "The comment is missing, blank or too long")
    @APIResponse(responseCode = "404", description = "No drift event with that id")
    @APIResponse(responseCode = "409", description = "Acknowledged already; the message says by whom, and the first"
            + " acknowledgement is kept")
    public DriftJson acknowledge(@PathParam("id") long id, AckRequest request) {
        if (request == null) {
            throw ApiError.of(Response.Status.BAD_REQUEST, "the body must be JSON like {\"comment\": \"why\"}");
        }
        AckComment.problem(request.comment()).ifPresent(problem -> {
            throw ApiError.of(Response.Status.BAD_REQUEST, problem);
        });
        DriftAcknowledgements.Outcome outcome = acknowledgements
                .acknowledge(id, identity.getPrincipal().getName(), request.comment().strip())
                .orElseThrow(() -> ApiError.of(Response.Status.NOT_FOUND, "no drift event " + id));
        DriftJson event = DriftJson.of(outcome.row());
        if (outcome.earlier()) {
            throw ApiError.of(Response.Status.CONFLICT, AckComment.alreadyAcknowledged(event));
        }
        return event;
    }

    /** The body of an acknowledgement. */
    public record AckRequest(String comment) {
    }
}
