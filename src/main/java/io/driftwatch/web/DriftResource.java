package io.driftwatch.web;

import io.driftwatch.history.DriftEventRepository;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

@Path("/api/drift")
@Produces(MediaType.APPLICATION_JSON)
public class DriftResource {

    private final DriftEventRepository events;

    public DriftResource(DriftEventRepository events) {
        this.events = events;
    }

    /** Drift events, newest first, filtered as {@link DriftQuery} says. */
    @GET
    @Transactional
    public List<DriftJson> list(@QueryParam("kind") String kind, @QueryParam("device") String device,
            @QueryParam("group") String group, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("limit") @DefaultValue("100") int limit) {
        if (limit < 1 || limit > 10_000) {
            throw ApiError.of(Response.Status.BAD_REQUEST, "limit must be between 1 and 10000");
        }
        DriftQuery query = DriftQuery.of(kind, device, group, from, to);
        return events.recent(query.filter(), limit).stream().map(DriftJson::of).toList();
    }
}
