package io.driftwatch.web;

import io.driftwatch.domain.Compliance;
import io.driftwatch.domain.PollStatus;
import io.driftwatch.history.ComplianceCount;
import io.driftwatch.history.DeviceRepository;
import io.driftwatch.history.StatusCount;
import io.driftwatch.history.VersionCount;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The overview's figures: devices per status with their share of the fleet, and the versions each platform runs.
 *
 * @param statuses every status, in the enum's order, then "not polled yet" if any
 * @param platforms each platform's versions, most common first
 * @param compliance devices in each golden-version state, in the enum's order
 */
public record FleetSummary(long total, List<StatusShare> statuses, List<PlatformVersions> platforms,
        List<ComplianceCount> compliance) {

    /** Devices found running a version their policy rule does not approve. */
    public long nonCompliant() {
        return compliance.stream().filter(c -> c.compliance() == Compliance.NON_COMPLIANT)
                .mapToLong(ComplianceCount::devices).sum();
    }

    /** A status, how many devices are in it and their share of the fleet in percent. */
    public record StatusShare(PollStatus status, long devices, int percent) {
    }

    /** One platform's versions. */
    public record PlatformVersions(String platform, long devices, List<VersionShare> versions) {
    }

    /** A version, its device count and its share of the platform in percent (the width of its bar). */
    public record VersionShare(String version, long devices, int percent) {
    }

    static FleetSummary of(DeviceRepository devices) {
        Map<PollStatus, Long> counts = new EnumMap<>(PollStatus.class);
        long unpolled = 0;
        long total = 0;
        for (StatusCount row : devices.countsByStatus()) {
            total += row.devices();
            if (row.status() == null) {
                unpolled += row.devices();
            } else {
                counts.put(row.status(), row.devices());
            }
        }
        List<StatusShare> statuses = new ArrayList<>();
        for (PollStatus status : PollStatus.values()) {
            long count = counts.getOrDefault(status, 0L);
            statuses.add(new StatusShare(status, count, percent(count, total)));
        }
        if (unpolled > 0) {
            statuses.add(new StatusShare(null, unpolled, percent(unpolled, total)));
        }
        Map<String, List<VersionCount>> byPlatform = new LinkedHashMap<>();
        for (VersionCount row : devices.versionsByPlatform()) {
            byPlatform.computeIfAbsent(row.platform(), p -> new ArrayList<>()).add(row);
        }
        List<PlatformVersions> platforms = new ArrayList<>();
        byPlatform.forEach((platform, rows) -> {
            long platformTotal = rows.stream().mapToLong(VersionCount::devices).sum();
            platforms.add(new PlatformVersions(platform, platformTotal, rows.stream()
                    .map(r -> new VersionShare(r.version(), r.devices(), percent(r.devices(), platformTotal)))
                    .toList()));
        });
        Map<Compliance, Long> verdicts = new EnumMap<>(Compliance.class);
        for (ComplianceCount row : devices.countsByCompliance()) {
            if (row.compliance() != null) {
                verdicts.put(row.compliance(), row.devices());
            }
        }
        List<ComplianceCount> compliance = new ArrayList<>();
        for (Compliance state : Compliance.values()) {
            compliance.add(new ComplianceCount(state, verdicts.getOrDefault(state, 0L)));
        }
        return new FleetSummary(total, statuses, platforms, compliance);
    }

    private static int percent(long part, long whole) {
        return whole == 0 ? 0 : (int) Math.round(part * 100.0 / whole);
    }
}
