package io.driftwatch.web;

import io.driftwatch.drift.DriftKind;
import io.driftwatch.history.DeviceRepository;
import io.driftwatch.history.DriftEventRepository;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;

/** The drift feed, filtered by kind, device, group and a range of days, all in the URL. */
@Path("/drift")
@Produces(MediaType.TEXT_HTML)
public class DriftPage {

    static final int LIMIT = 500;

    private final DriftEventRepository events;
    private final DeviceRepository devices;

    public DriftPage(DriftEventRepository events, DeviceRepository devices) {
        this.events = events;
        this.devices = devices;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance feed(DriftView view);
    }

    @GET
    @Transactional
    public TemplateInstance feed(@QueryParam("kind") String kind, @QueryParam("device") String device,
            @QueryParam("group") String group, @QueryParam("from") String from, @QueryParam("to") String to) {
        DriftQuery query = DriftQuery.of(kind, device, group, from, to);
        List<DriftJson> rows = events.recent(query.filter(), LIMIT).stream().map(DriftJson::of).toList();
        return Templates.feed(new DriftView(rows, query, Arrays.stream(DriftKind.values()).map(Enum::name).toList(),
                devices.groups(), LIMIT));
    }

    /** What the feed shows, with the filter choices. */
    public record DriftView(List<DriftJson> events, DriftQuery query, List<String> kinds, List<String> groups,
            int limit) {

        public boolean truncated() {
            return events.size() >= limit;
        }
    }
}
