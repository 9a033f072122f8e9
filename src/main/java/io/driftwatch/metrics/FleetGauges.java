package io.driftwatch.metrics;

import io.driftwatch.domain.PollStatus;
import io.driftwatch.history.DeviceRepository;
import io.driftwatch.history.StatusCount;
import io.driftwatch.history.Sweep;
import io.driftwatch.history.SweepRepository;
import io.driftwatch.history.VersionCount;
import io.driftwatch.polling.SweepFinished;
import io.driftwatch.polling.SweepLeft;
import io.micrometer.core.instrument.MultiGauge;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The fleet's gauges: devices per status, devices per platform and version, the last sweep's end. Device state
 * changes only when a sweep records it, so the figures are read from the database at start and after each sweep,
 * two grouped queries, and a scrape reads memory, whatever the fleet's size.
 */
@ApplicationScoped
public class FleetGauges {

    /** The version tag of the versions past the top few of a platform. */
    static final String OTHER = "other";

    private final DeviceRepository devices;
    private final SweepRepository sweeps;
    private final Meters meters;
    private final MetricsConfig config;
    private final AtomicReference<Map<String, Long>> byStatus = new AtomicReference<>(Map.of());
    private final AtomicReference<Long> lastFinished = new AtomicReference<>(0L);
    private MultiGauge versions;

    public FleetGauges(DeviceRepository devices, SweepRepository sweeps, Meters meters, MetricsConfig config) {
        this.devices = devices;
        this.sweeps = sweeps;
        this.meters = meters;
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) {
        for (PollStatus status : PollStatus.values()) {
            meters.devicesPerStatus(status.name(), () -> byStatus.get().getOrDefault(status.name(), 0L));
        }
        meters.devicesPerStatus(Meters.NOT_POLLED, () -> byStatus.get().getOrDefault(Meters.NOT_POLLED, 0L));
        meters.lastSweepFinished(lastFinished::get);
        versions = meters.deviceVersions();
        refresh();
    }

    /** After the sweep's outcome is stored, so the figures include it. */
    void onSweep(@Observes SweepFinished finished) {
        refresh();
    }

    /** A cluster sweep that another replica closed: the fleet changed all the same. */
    void onSweepLeft(@Observes SweepLeft left) {
        refresh();
    }

    @Transactional
    void refresh() {
        Map<String, Long> counts = new HashMap<>();
        for (StatusCount row : devices.countsByStatus()) {
            String status = row.status() == null ? Meters.NOT_POLLED : row.status().name();
            counts.merge(status, row.devices(), Long::sum);
        }
        byStatus.set(Map.copyOf(counts));
        List<MultiGauge.Row<?>> rows = new ArrayList<>();
        topVersions(devices.versionsByPlatform(), config.versionsPerPlatform())
                .forEach((platform, perVersion) -> perVersion.forEach((version, count) -> rows
                        .add(MultiGauge.Row.of(Meters.versionTags(platform, version), () -> count))));
        versions.register(rows, true);
        lastFinished.set(sweeps.lastFinished().map((Sweep s) -> s.finishedAt.getEpochSecond()).orElse(0L));
    }

    /**
     * Per platform, the {@code limit} most common versions and an {@code other} entry summing the rest.
     *
     * @param rows most common first within a platform
     */
    static Map<String, Map<String, Long>> topVersions(List<VersionCount> rows, int limit) {
        Map<String, Map<String, Long>> result = new LinkedHashMap<>();
        Map<String, Integer> named = new HashMap<>();
        for (VersionCount row : rows) {
            Map<String, Long> perVersion = result.computeIfAbsent(row.platform(), p -> new LinkedHashMap<>());
            if (named.merge(row.platform(), 1, Integer::sum) <= limit) {
                perVersion.merge(row.version(), row.devices(), Long::sum);
            } else {
                perVersion.merge(OTHER, row.devices(), Long::sum);
            }
        }
        return result;
    }
}
