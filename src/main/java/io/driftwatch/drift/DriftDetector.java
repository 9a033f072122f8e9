package io.driftwatch.drift;

import io.driftwatch.polling.PollStatus;
import io.driftwatch.versions.VersionOrders;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Compares what a device was known to be with what a poll just found. Pure: no clock, no database, so every
 * rule is tested with plain values.
 */
public final class DriftDetector {

    /**
     * @param known the device as stored before this poll
     * @param seen  what this poll found
     */
    public List<Drift> detect(Known known, Seen seen) {
        List<Drift> drifts = new ArrayList<>(1);
        // The first successful poll is a baseline, and a failed poll says nothing about the version.
        if (seen.status() == PollStatus.OK && known.lastOkVersion() != null
                && !Objects.equals(known.lastOkVersion(), seen.version())) {
            drifts.add(new Drift(DriftKind.VERSION_CHANGED, known.lastOkVersion(), seen.version(),
                    VersionOrders.direction(seen.platform(), known.lastOkVersion(), seen.version())));
        }
        // A refused key is reported once per new key, not once per sweep that keeps seeing it.
        if (seen.status() == PollStatus.HOST_KEY_CHANGED && seen.offeredHostKey() != null
                && !seen.offeredHostKey().equals(known.offeredHostKey())) {
            drifts.add(new Drift(DriftKind.HOST_KEY_CHANGED, known.pinnedHostKeyFingerprint(),
                    seen.offeredHostKeyFingerprint()));
        }
        return drifts;
    }

    /** The stored state that drift is measured against. */
    public record Known(String lastOkVersion, String offeredHostKey, String pinnedHostKeyFingerprint) {
    }

    /**
     * What one poll found.
     *
     * @param platform the platform whose parser read the version, which decides how its versions sort
     */
    public record Seen(PollStatus status, String platform, String version, String offeredHostKey,
            String offeredHostKeyFingerprint) {
    }
}
