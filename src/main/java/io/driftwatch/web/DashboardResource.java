package io.driftwatch.web;

import io.driftwatch.domain.PollStatus;
import io.driftwatch.history.DeviceRepository;
import io.driftwatch.history.DriftEventRepository;
import io.driftwatch.history.SweepRepository;
import io.driftwatch.polling.SweepService;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The fleet on one screen, for a wall or a morning glance: tiles, versions per platform, the last sweeps, what
 * needs attention, and the progress of a running sweep. The device list itself lives on {@code /devices}.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class DashboardResource {

    /** Platforms shown before "more": ten rows keep the overview on one screen. */
    static final int PLATFORMS = 10;
    static final int ATTENTION = 5;
    static final Duration RECENT_DRIFT = Duration.ofHours(24);

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
        static native TemplateInstance index(Overview view);
    }

    @GET
    @Transactional
    public TemplateInstance index() {
        Instant now = Instant.now();
        FleetSummary fleet = FleetSummary.of(devices);
        List<SweepJson> recent = sweeps.recent(SweepTrend.SWEEPS).stream().map(SweepJson::of).toList();
        Optional<Long> running = sweepService.runningSweep();
        SweepProgress progress = running.flatMap(id -> recent.stream().filter(s -> s.id() == id).findFirst()
                .or(() -> sweeps.findByIdOptional(id).map(SweepJson::of)))
                .filter(SweepJson::running).map(s -> SweepProgress.of(s, now)).orElse(null);
        List<PlatformBar> platforms = fleet.platforms().stream().map(PlatformBar::of)
                .sorted(Comparator.comparingLong(PlatformBar::devices).reversed()
                        .thenComparing(PlatformBar::platform))
                .toList();
        List<DriftJson> attention = drift.recent(new DriftEventRepository.DriftFilter(null, null, null, null, null,
                true), ATTENTION).stream().map(DriftJson::of).toList();
        Tiles tiles = Tiles.of(fleet, drift.countNeedingAttention(now.minus(RECENT_DRIFT)),
                recent.isEmpty() ? null : recent.get(0));
        return Templates.index(new Overview(tiles, platforms, SweepTrend.of(recent), attention, progress,
                running.orElse(null)));
    }

    /**
     * What the overview shows.
     *
     * @param platforms every platform, most devices first; the page folds those past {@link #PLATFORMS}
     * @param progress  the running sweep's progress; null when none runs
     * @param runningId the running sweep, for the "Sweep now" button's place; null when none runs
     */
    public record Overview(Tiles tiles, List<PlatformBar> platforms, SweepTrend trend, List<DriftJson> attention,
            SweepProgress progress, Long runningId) {

        public List<PlatformBar> firstPlatforms() {
            return platforms.subList(0, Math.min(PLATFORMS, platforms.size()));
        }

        public List<PlatformBar> morePlatforms() {
            return platforms.subList(Math.min(PLATFORMS, platforms.size()), platforms.size());
        }

        public boolean sweeping() {
            return runningId != null;
        }
    }

    /**
     * The figures across the top.
     *
     * @param unpolled      devices never polled yet
     * @param failing       devices whose last poll failed, whatever the status
     * @param driftToNeed   drift of the last 24 h no operator has acknowledged
     * @param lastSweep     the newest sweep, running or not; null before the first
     */
    public record Tiles(long devices, long unpolled, long ok, int okPercent, long failing, long nonCompliant,
            long driftToNeed, SweepJson lastSweep) {

        static Tiles of(FleetSummary fleet, long driftToNeed, SweepJson lastSweep) {
            long ok = 0;
            long failing = 0;
            long unpolled = 0;
            for (FleetSummary.StatusShare share : fleet.statuses()) {
                if (share.status() == null) {
                    unpolled += share.devices();
                } else if (share.status() == PollStatus.OK) {
                    ok += share.devices();
                } else {
                    failing += share.devices();
                }
            }
            int okPercent = fleet.total() == 0 ? 0 : (int) Math.floor(ok * 100.0 / fleet.total());
            return new Tiles(fleet.total(), unpolled, ok, okPercent, failing, fleet.nonCompliant(), driftToNeed,
                    lastSweep);
        }

        /** Since when the drift tile counts, as the drift page's "from" filter (a UTC date). */
        public String driftSince() {
            return java.time.LocalDate.ofInstant(Instant.now().minus(RECENT_DRIFT), java.time.ZoneOffset.UTC)
                    .toString();
        }
    }
}
