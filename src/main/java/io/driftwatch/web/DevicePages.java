package io.driftwatch.web;

import io.driftwatch.domain.Compliance;
import io.driftwatch.domain.DriftKind;
import io.driftwatch.domain.PollStatus;
import io.driftwatch.history.BastionRepository;
import io.driftwatch.history.Device;
import io.driftwatch.history.DeviceRepository;
import io.driftwatch.history.DeviceRepository.Column;
import io.driftwatch.history.DeviceRepository.DeviceFilter;
import io.driftwatch.history.DeviceRepository.DeviceOrder;
import io.driftwatch.history.DriftEventRepository;
import io.driftwatch.history.ObservationRepository;
import io.driftwatch.history.RawOutput;
import io.driftwatch.history.RawOutputRepository;
import io.driftwatch.inventory.InventoryService;
import io.driftwatch.inventory.SkippedDevice;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The device list (search, filters, sort, pages, all in the URL so a view can be shared) and one device's page. */
@Path("/devices")
@Produces(MediaType.TEXT_HTML)
public class DevicePages {

    static final int PAGE_SIZE = 50;
    /** History spans read for one device's page: a year of a steady router is a dozen. */
    static final int HISTORY = 500;
    /** Reboots read for the timeline; the drawing merges neighbours, so more would add nothing to see. */
    static final int REBOOTS = 1000;

    private final DeviceRepository devices;
    private final ObservationRepository observations;
    private final RawOutputRepository rawOutputs;
    private final BastionRepository bastions;
    private final InventoryService inventory;
    private final DriftEventRepository driftEvents;

    public DevicePages(DeviceRepository devices, ObservationRepository observations, RawOutputRepository rawOutputs,
            BastionRepository bastions, InventoryService inventory, DriftEventRepository driftEvents) {
        this.devices = devices;
        this.observations = observations;
        this.rawOutputs = rawOutputs;
        this.bastions = bastions;
        this.inventory = inventory;
        this.driftEvents = driftEvents;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(DeviceListView view);

        static native TemplateInstance device(DeviceView view);
    }

    /** With {@code skipped} in the query ({@code /devices?skipped}), the devices the inventory left out too. */
    @GET
    @Transactional
    public TemplateInstance list(@QueryParam("q") String q, @QueryParam("platform") String platform,
            @QueryParam("version") String version, @QueryParam("status") String status,
            @QueryParam("group") String group, @QueryParam("sort") String sort, @QueryParam("dir") String dir,
            @QueryParam("page") Integer page, @QueryParam("compliance") String compliance, @Context UriInfo uri) {
        ListQuery query = ListQuery.of(q, platform, version, status, group, sort, dir, compliance);
        DeviceFilter filter = query.filter();
        long total = devices.count(filter);
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(Math.max(page == null ? 0 : page, 0), pages - 1);
        List<DeviceJson> rows = devices.page(filter, query.order(), current, PAGE_SIZE).stream()
                .map(DeviceJson::of).toList();
        return Templates.list(new DeviceListView(rows, total, current, pages, query, devices.platforms(),
                devices.groups(), Arrays.stream(PollStatus.values()).map(Enum::name).toList(),
                Arrays.stream(Compliance.values()).map(Enum::name).toList(),
                inventory.current().map(i -> i.skipped()).orElse(List.of()),
                hasParameter(uri.getRequestUri().getRawQuery(), "skipped")));
    }

    @GET
    @Path("/{name}")
    @Transactional
    public TemplateInstance device(@PathParam("name") String name) {
        Device device = devices.findByName(name).orElseThrow(() -> new NotFoundException("no device named " + name));
        List<ObservationJson> spans = observations.history(device.id, HISTORY).stream()
                .map(o -> ObservationJson.of(o, device)).toList();
        RawOutputView raw = rawOutputs.findByIdOptional(device.id)
                .map(r -> new RawOutputView(r.sweepId, r.capturedAt, r.command, r.output, statusOf(spans, r.sweepId)))
                .orElse(null);
        BastionJson bastion = device.jumpHost == null ? null
                : bastions.findByAddress(device.jumpHost).map(BastionJson::of)
                        .orElse(new BastionJson(device.jumpHost, null, null, null, null, null));
        List<VersionSeen> versions = timeline(spans);
        List<VersionTimeline.Reboot> reboots = spans.isEmpty() ? List.of()
                : driftEvents.ofDevice(device.id, DriftKind.REBOOTED, spans.get(spans.size() - 1).at(), REBOOTS)
                        .stream().map(e -> new VersionTimeline.Reboot(e.occurredAt, e.fromValue, e.toValue))
                        .toList();
        return Templates.device(new DeviceView(DeviceJson.of(device), versions,
                VersionTimeline.of(spans, versions, reboots), spans.subList(0, Math.min(spans.size(), 50)), raw,
                bastion));
    }

    /**
     * The last kept output as a text file, for a bug report about a router whose answer was not understood. Plain
     * text and an attachment, so a browser never renders what a router wrote.
     */
    @GET
    @Path("/{name}/output")
    @Produces(MediaType.TEXT_PLAIN)
    @Transactional
    public Response output(@PathParam("name") String name) {
        Device device = devices.findByName(name).orElseThrow(() -> new NotFoundException("no device named " + name));
        RawOutput raw = rawOutputs.findByIdOptional(device.id)
                .orElseThrow(() -> new NotFoundException("no output kept for " + name));
        return Response.ok(raw.output, MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"" + outputFileName(name) + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    /** A file name any system accepts, from a device name that may hold spaces, slashes or quotes. */
    static String outputFileName(String device) {
        String safe = device.replaceAll("[^A-Za-z0-9._-]", "_").replaceAll("^[._]+", "");
        if (safe.length() > 80) {
            safe = safe.substring(0, 80);
        }
        return "driftwatch-output-" + (safe.isEmpty() ? "device" : safe) + ".txt";
    }

    /** The status of the poll that kept an output: the span that sweep started. */
    private static PollStatus statusOf(List<ObservationJson> spans, long sweepId) {
        return spans.stream().filter(s -> s.sweepId() == sweepId).map(ObservationJson::status).findFirst()
                .orElse(null);
    }

    /** Whether the query names the parameter, with a value or without one ({@code ?skipped}), which JAX-RS drops. */
    static boolean hasParameter(String rawQuery, String name) {
        if (rawQuery == null) {
            return false;
        }
        for (String parameter : rawQuery.split("&")) {
            if (parameter.equals(name) || parameter.startsWith(name + "=")) {
                return true;
            }
        }
        return false;
    }

    /** When each version was first and last seen, newest first, from the device's history spans. */
    static List<VersionSeen> timeline(List<ObservationJson> spans) {
        Map<String, VersionSeen> byVersion = new LinkedHashMap<>();
        for (ObservationJson span : spans) {
            if (span.status() == PollStatus.OK && span.version() != null) {
                byVersion.merge(span.version(), new VersionSeen(span.version(), span.at(), span.lastSeenAt()),
                        VersionSeen::widen);
            }
        }
        return new ArrayList<>(byVersion.values());
    }

    /**
     * What the list shows, with the filter options.
     *
     * @param skipped     devices the inventory's source lists but Driftwatch leaves out
     * @param showSkipped list them, rather than only say how many there are
     */
    public record DeviceListView(List<DeviceJson> devices, long total, int page, int pages, ListQuery query,
            List<String> platforms, List<String> groups, List<String> statuses, List<String> complianceStates,
            List<SkippedDevice> skipped, boolean showSkipped) {

        public boolean hasPrevious() {
            return page > 0;
        }

        public boolean hasNext() {
            return page + 1 < pages;
        }
    }

    /**
     * The list's URL parameters; every link the page makes keeps them, so a view can be bookmarked, and the CSV
     * export takes the same ones.
     */
    public record ListQuery(String q, String platform, String version, String status, String group, String sort,
            String dir, String compliance) {

        /** From the URL's parameters: blanks are no filter, an unknown sort is by name. */
        static ListQuery of(String q, String platform, String version, String status, String group, String sort,
                String dir, String compliance) {
            Compliance state = DeviceResource.compliance(compliance);
            return new ListQuery(blank(q), blank(platform), blank(version), blank(status), blank(group),
                    Column.of(sort).orElse(Column.NAME).urlName(), "desc".equals(dir) ? "desc" : "asc",
                    state == null ? null : state.name());
        }

        DeviceFilter filter() {
            return new DeviceFilter(platform, group, status == null ? null : status.toUpperCase(Locale.ROOT), false,
                    q, version, compliance == null ? null : Compliance.valueOf(compliance));
        }

        DeviceOrder order() {
            return new DeviceOrder(Column.of(sort).orElseThrow(), descending());
        }

        /** The same devices, in the same order, as CSV. */
        public String csvUrl() {
            return "/devices.csv" + url(sort, dir, 0).substring("/devices".length());
        }

        private static String blank(String text) {
            return text == null || text.isBlank() ? null : text.strip();
        }

        public boolean descending() {
            return "desc".equals(dir);
        }

        public String pageUrl(int page) {
            return url(sort, dir, page);
        }

        /** Sorts by a column; a second click on the current column reverses the order. */
        public String sortUrl(String column) {
            String direction = column.equals(sort) && !descending() ? "desc" : "asc";
            return url(column, direction, 0);
        }

        private String url(String sortBy, String direction, int page) {
            StringBuilder url = new StringBuilder("/devices?sort=").append(sortBy).append("&dir=").append(direction);
            append(url, "q", q);
            append(url, "platform", platform);
            append(url, "version", version);
            append(url, "status", status);
            append(url, "group", group);
            append(url, "compliance", compliance);
            if (page > 0) {
                url.append("&page=").append(page);
            }
            return url.toString();
        }

        private static void append(StringBuilder url, String name, String value) {
            if (value != null) {
                url.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
    }

    /**
     * One device's page.
     *
     * @param bastion the jump host the device is reached through, with its pinned key; null for none
     */
    public record DeviceView(DeviceJson device, List<VersionSeen> timeline, VersionTimeline drawing,
            List<ObservationJson> polls, RawOutputView raw, BastionJson bastion) {
    }

    /** A version and when the device was first and last seen running it. */
    public record VersionSeen(String version, Instant firstSeen, Instant lastSeen) {

        VersionSeen widen(VersionSeen other) {
            Instant first = firstSeen.isBefore(other.firstSeen) ? firstSeen : other.firstSeen;
            Instant last = lastSeen == null || (other.lastSeen != null && other.lastSeen.isAfter(lastSeen))
                    ? other.lastSeen
                    : lastSeen;
            return new VersionSeen(version, first, last);
        }
    }

    /**
     * The last kept command output.
     *
     * @param status how the poll that kept it ended (OK or PARSE_FAILED); null when its span is no longer read
     */
    public record RawOutputView(long sweepId, Instant capturedAt, String command, String output, PollStatus status) {

        public boolean parseFailed() {
            return status == PollStatus.PARSE_FAILED;
        }
    }
}
