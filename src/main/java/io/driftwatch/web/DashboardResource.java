package io.driftwatch.web;

import io.driftwatch.history.DeviceRepository;
import io.driftwatch.history.DriftEventRepository;
import io.driftwatch.history.SweepRepository;
import io.driftwatch.polling.SweepService;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The fleet at a glance: every device's version and status, and the last sweep. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class DashboardResource {

    static final int PAGE_SIZE = 100;
    static final int TREND = 20;

    private final DeviceRepository devices;
    private final SweepRepository sweeps;
    private final DriftEventRepository drift;
    private final SweepService sweepService;

    public DashboardResource(DeviceRepository devices, SweepRepository sweeps, DriftEventRepository drift,
            SweepService sweepService) {
        this.devices = devices;
        this.sweeps = sweeps;
        this.drift = drift;
        this.sweepService = sweepService;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(DashboardView view);
    }

    @GET
    @Transactional
    public TemplateInstance index(@QueryParam("page") @DefaultValue("0") int page) {
        DeviceRepository.DeviceFilter all = new DeviceRepository.DeviceFilter(null, null, null, false);
        long total = devices.count(all);
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(Math.max(page, 0), pages - 1);
        List<DeviceJson> rows = devices.page(all, current, PAGE_SIZE).stream().map(DeviceJson::of).toList();
        SweepJson last = sweeps.latest().map(SweepJson::of).orElse(null);
        List<DriftJson> recentDrift = drift.recent(DriftEventRepository.DriftFilter.ALL, 10).stream().map(DriftJson::of)
                .toList();
        List<SweepJson> trend = new java.util.ArrayList<>(sweeps.recent(TREND).stream().map(SweepJson::of).toList());
        java.util.Collections.reverse(trend);
        return Templates.index(new DashboardView(rows, total, current, pages, last,
                sweepService.runningSweep().isPresent(), recentDrift, FleetSummary.of(devices), trend));
    }

    /** What the overview page shows. */
    public record DashboardView(List<DeviceJson> devices, long total, int page, int pages, SweepJson lastSweep,
            boolean sweeping, List<DriftJson> drift, FleetSummary fleet, List<SweepJson> trend) {

        /** The longest of the recent sweeps in milliseconds, the full width of the trend's bars. */
        public long longestMillis() {
            return Math.max(1, trend.stream().mapToLong(SweepJson::millis).max().orElse(1));
        }

        /** A sweep's duration as a percentage of the longest recent one. */
        public long widthOf(SweepJson sweep) {
            return Math.round(sweep.millis() * 100.0 / longestMillis());
        }

        /** The sweep in progress, for the "Sweep now" button's place; null when none runs. */
        public Long runningId() {
            return sweeping && lastSweep != null ? lastSweep.id() : null;
        }

        public boolean hasPrevious() {
            return page > 0;
        }

        public boolean hasNext() {
            return page + 1 < pages;
        }
    }
}
