package io.driftwatch.web;

import io.driftwatch.domain.DriftKind;
import io.driftwatch.history.DeviceRepository;
import io.driftwatch.history.DriftAcknowledgements;
import io.driftwatch.history.DriftEventRepository;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Arrays;
import java.util.List;

/**
 * The drift feed, filtered by kind, device, group and a range of days, all in the URL; "needs attention" shows
 * the events no operator has acknowledged, and operators acknowledge them here with a comment.
 */
@Path("/drift")
@Produces(MediaType.TEXT_HTML)
public class DriftPage {

    static final int LIMIT = 500;

    private final DriftEventRepository events;
    private final DeviceRepository devices;
    private final DriftAcknowledgements acknowledgements;
    private final SecurityIdentity identity;

    public DriftPage(DriftEventRepository events, DeviceRepository devices, DriftAcknowledgements acknowledgements,
            SecurityIdentity identity) {
        this.events = events;
        this.devices = devices;
        this.acknowledgements = acknowledgements;
        this.identity = identity;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance feed(DriftView view);
    }

    /**
     * @param acked after an acknowledgement, the event it was for, so the page can say what happened
     * @param kept  that event had been acknowledged before and the first acknowledgement was kept
     */
    @GET
    @Transactional
    public TemplateInstance feed(@QueryParam("kind") String kind, @QueryParam("device") String device,
            @QueryParam("group") String group, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("attention") @DefaultValue("false") boolean attention, @QueryParam("acked") Long acked,
            @QueryParam("kept") @DefaultValue("false") boolean kept) {
        DriftQuery query = DriftQuery.of(kind, device, group, from, to, attention);
        List<DriftJson> rows = events.recent(query.filter(), LIMIT).stream().map(DriftJson::of).toList();
        String notice = acked == null ? null : events.row(acked).map(DriftJson::of).filter(DriftJson::acknowledged)
                .map(e -> kept ? AckComment.alreadyAcknowledged(e)
                        : "Drift event " + e.id() + " of " + e.device() + " acknowledged by " + e.acknowledgedBy()
                                + ".")
                .orElse(null);
        return Templates.feed(new DriftView(rows, query, Arrays.stream(DriftKind.values()).map(Enum::name).toList(),
                devices.groups(), LIMIT, notice));
    }

    /**
     * Acknowledges an event with the operator's name and comment, then goes back to the view the form was on.
     *
     * @param back the feed's URL the form was on; anything else goes back to the plain feed
     */
    @POST
    @Path("/{id}/ack")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Viewer.OPERATOR)
    public Response acknowledge(@PathParam("id") long id, @FormParam("comment") String comment,
            @FormParam("back") String back) {
        AckComment.problem(comment).ifPresent(problem -> {
            throw PageError.of(Response.Status.BAD_REQUEST, problem);
        });
        DriftAcknowledgements.Outcome outcome = acknowledgements
                .acknowledge(id, identity.getPrincipal().getName(), comment.strip())
                .orElseThrow(() -> PageError.of(Response.Status.NOT_FOUND, "no drift event " + id));
        String target = feedUrl(back) + "&acked=" + id + (outcome.earlier() ? "&kept=true" : "");
        return Response.seeOther(URI.create(target)).build();
    }

    /** Only a link to this feed: a form field must not send the operator to another site. */
    static String feedUrl(String back) {
        if (back == null || !back.startsWith("/drift?") || back.contains("//") || back.contains("\\")) {
            return "/drift?attention=false";
        }
        try {
            return URI.create(back).toString();
        } catch (IllegalArgumentException e) {
            return "/drift?attention=false";
        }
    }

    /** What the feed shows, with the filter choices and what the last acknowledgement did. */
    public record DriftView(List<DriftJson> events, DriftQuery query, List<String> kinds, List<String> groups,
            int limit, String notice) {

        public boolean truncated() {
            return events.size() >= limit;
        }
    }
}
