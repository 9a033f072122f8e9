package io.driftwatch.web;

import io.driftwatch.domain.DriftKind;
import io.driftwatch.history.DeviceRepository;
import io.driftwatch.history.DriftAcknowledgements;
import io.driftwatch.history.DriftEventRepository;
import io.driftwatch.history.SweepRepository;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The drift feed, filtered by kind, device, group and a range of days and grouped by sweep or kind, all in the URL;
 * "needs attention" shows the events no operator has acknowledged, and operators acknowledge them here with a
 * comment, one at a time or several at once.
 */
@Path("/drift")
@Produces(MediaType.TEXT_HTML)
public class DriftPage {

    static final int LIMIT = 500;
    /** Most events one bulk acknowledgement takes: a full view. */
    static final int MOST_IDS = LIMIT;

    private final DriftEventRepository events;
    private final DeviceRepository devices;
    private final SweepRepository sweeps;
    private final DriftAcknowledgements acknowledgements;
    private final SecurityIdentity identity;

    public DriftPage(DriftEventRepository events, DeviceRepository devices, SweepRepository sweeps,
            DriftAcknowledgements acknowledgements, SecurityIdentity identity) {
        this.events = events;
        this.devices = devices;
        this.sweeps = sweeps;
        this.acknowledgements = acknowledgements;
        this.identity = identity;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance feed(DriftView view);
    }

    /**
     * @param groupBy  {@code none}, {@code sweep} or {@code kind}: one list, or a sub-heading per sweep or kind
     * @param acked    after an acknowledgement, the event it was for, so the page can say what happened
     * @param kept     that event had been acknowledged before and the first acknowledgement was kept
     * @param bulk     after a bulk acknowledgement, how many events it acknowledged
     * @param bulkKept and how many of those chosen had been acknowledged before
     */
    @GET
    @Transactional
    public TemplateInstance feed(@QueryParam("kind") String kind, @QueryParam("device") String device,
            @QueryParam("group") String group, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("attention") @DefaultValue("false") boolean attention, @QueryParam("group-by") String groupBy,
            @QueryParam("acked") Long acked, @QueryParam("kept") @DefaultValue("false") boolean kept,
            @QueryParam("bulk") Integer bulk, @QueryParam("bulk-kept") Integer bulkKept) {
        DriftQuery query = DriftQuery.of(kind, device, group, from, to, attention).groupedBy(groupBy);
        List<DriftJson> rows = events.recent(query.filter(), LIMIT).stream().map(DriftJson::of).toList();
        String notice = acked == null ? null : events.row(acked).map(DriftJson::of).filter(DriftJson::acknowledged)
                .map(e -> kept ? AckComment.alreadyAcknowledged(e)
                        : "Drift event " + e.id() + " of " + e.device() + " acknowledged by " + e.acknowledgedBy()
                                + ".")
                .orElse(null);
        if (bulk != null) {
            notice = bulkNotice(bulk, bulkKept == null ? 0 : bulkKept);
        }
        return Templates.feed(new DriftView(rows, sections(rows, query), query,
                Arrays.stream(DriftKind.values()).map(Enum::name).toList(), devices.groups(), LIMIT, notice,
                identity.hasRole(Viewer.OPERATOR) && rows.stream().anyMatch(e -> !e.acknowledged())));
    }

    static String bulkNotice(int acknowledged, int earlier) {
        return acknowledged + (acknowledged == 1 ? " drift event" : " drift events") + " acknowledged."
                + (earlier == 0 ? ""
                        : " " + earlier + (earlier == 1 ? " was" : " were")
                                + " already acknowledged and kept the first acknowledgement.");
    }

    /** The events under one heading per sweep or per kind, in the order the feed has them; one list otherwise. */
    private List<DriftSection> sections(List<DriftJson> rows, DriftQuery query) {
        if (query.groupBy() == null) {
            return List.of(new DriftSection("all", null, null, null, rows));
        }
        if (query.groupBy().equals("kind")) {
            Map<DriftKind, List<DriftJson>> byKind = new EnumMap<>(DriftKind.class);
            rows.forEach(e -> byKind.computeIfAbsent(e.kind(), k -> new ArrayList<>()).add(e));
            return byKind.entrySet().stream().map(e -> new DriftSection("kind-" + e.getKey().name().toLowerCase(
                    Locale.ROOT), e.getKey(), null, null, e.getValue())).toList();
        }
        Map<Long, List<DriftJson>> bySweep = new LinkedHashMap<>();
        rows.forEach(e -> bySweep.computeIfAbsent(e.sweepId() == null ? 0L : e.sweepId(), k -> new ArrayList<>())
                .add(e));
        Set<Long> ids = bySweep.keySet().stream().filter(id -> id != 0L).collect(Collectors.toSet());
        Map<Long, Instant> started = ids.isEmpty() ? Map.of()
                : sweeps.list("id in ?1", ids).stream().collect(Collectors.toMap(w -> w.id, w -> w.startedAt));
        return bySweep.entrySet().stream().map(e -> e.getKey() == 0L
                ? new DriftSection("no-sweep", null, null, null, e.getValue())
                : new DriftSection("sweep-" + e.getKey(), null, e.getKey(),
                        started.getOrDefault(e.getKey(), e.getValue().get(0).at()), e.getValue()))
                .toList();
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

    /**
     * Acknowledges the chosen events, or every unacknowledged one of the view ({@code all=true}), with one comment
     * and the operator's name, then goes back to the view. The view is its filter fields, evaluated again here,
     * so "all" means the events the filters match now, never more than the page shows.
     *
     * @param ids the events ticked, at most {@value #MOST_IDS}
     */
    @POST
    @Path("/ack")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Viewer.OPERATOR)
    @Transactional
    public Response acknowledgeAll(@FormParam("id") List<String> ids, @FormParam("all") String all,
            @FormParam("comment") String comment, @FormParam("kind") String kind,
            @FormParam("device") String device, @FormParam("group") String group, @FormParam("from") String from,
            @FormParam("to") String to, @FormParam("attention") @DefaultValue("false") boolean attention,
            @FormParam("group-by") String groupBy) {
        AckComment.problem(comment).ifPresent(problem -> {
            throw PageError.of(Response.Status.BAD_REQUEST, problem);
        });
        DriftQuery query = DriftQuery.of(kind, device, group, from, to, attention).groupedBy(groupBy);
        Set<Long> chosen = new LinkedHashSet<>(eventIds(ids));
        if ("true".equals(all)) {
            events.recent(query.filter(), LIMIT).stream().filter(r -> r.event().acknowledgedAt == null)
                    .forEach(r -> chosen.add(r.event().id));
        }
        if (chosen.isEmpty()) {
            throw PageError.of(Response.Status.BAD_REQUEST,
                    "id: no event chosen; tick the events to acknowledge, or all in this view");
        }
        if (chosen.size() > MOST_IDS) {
            throw PageError.of(Response.Status.BAD_REQUEST,
                    "id: " + chosen.size() + " events chosen; at most " + MOST_IDS + " are acknowledged at once");
        }
        DriftAcknowledgements.Bulk outcome = acknowledgements.acknowledgeAll(chosen,
                identity.getPrincipal().getName(), comment.strip());
        return Response.seeOther(URI.create(query.url() + "&bulk=" + outcome.acknowledged() + "&bulk-kept="
                + outcome.earlier())).build();
    }

    /** The ticked ids, refused with the field named when there are too many or one is not an id. */
    private static List<Long> eventIds(List<String> ids) {
        if (ids == null) {
            return List.of();
        }
        if (ids.size() > MOST_IDS) {
            throw PageError.of(Response.Status.BAD_REQUEST,
                    "id: " + ids.size() + " events chosen; at most " + MOST_IDS + " are acknowledged at once");
        }
        List<Long> parsed = new ArrayList<>();
        for (String id : ids) {
            try {
                parsed.add(Long.parseLong(id.strip()));
            } catch (NumberFormatException e) {
                throw PageError.of(Response.Status.BAD_REQUEST, "id '" + id + "' is not a drift event's number");
            }
        }
        return parsed;
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

    /**
     * What the feed shows, with the filter choices and what the last acknowledgement did.
     *
     * @param sections the events under their sweep's or kind's heading; one section without heading when not
     *                 grouped
     * @param bulk     whether to offer acknowledging several at once: an operator, with events to acknowledge
     */
    public record DriftView(List<DriftJson> events, List<DriftSection> sections, DriftQuery query, List<String> kinds,
            List<String> groups, int limit, String notice, boolean bulk) {

        public boolean truncated() {
            return events.size() >= limit;
        }

        /** How many events of the view still need attention: what "all in this view" acknowledges. */
        public long unacknowledged() {
            return events.stream().filter(e -> !e.acknowledged()).count();
        }

        public List<String> groupings() {
            return DriftQuery.GROUPINGS;
        }
    }

    /**
     * The events under one heading.
     *
     * @param key     for the heading's id
     * @param kind    the kind they share, when grouped by kind
     * @param sweepId the sweep that saw them, when grouped by sweep; null under "not from a sweep" and when not
     *                grouped
     * @param sweepAt when that sweep started
     */
    public record DriftSection(String key, DriftKind kind, Long sweepId, Instant sweepAt, List<DriftJson> events) {

        /** The kind as a heading: "Version changed". */
        public String kindLabel() {
            String words = kind.name().replace('_', ' ').toLowerCase(Locale.ROOT);
            return Character.toUpperCase(words.charAt(0)) + words.substring(1);
        }

        public String count() {
            return events.size() + (events.size() == 1 ? " event" : " events");
        }
    }
}
