package io.driftwatch.drift;

import io.driftwatch.domain.Compliance;
import io.driftwatch.domain.DriftKind;
import io.driftwatch.domain.PollStatus;
import io.driftwatch.versions.VersionOrders;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Compares what a device was known to be with what a poll just found, and the inventory before and after. Pure: no
 * clock, no database, so every rule is tested with plain values. Every rule compares against state kept on the
 * device row, so a fact is reported once, also across restarts.
 */
public final class DriftDetector {

    private final int unreachableAfter;
    private final Duration rebootTolerance;

    /**
     * @param unreachableAfter sweeps in a row without an answer before UNREACHABLE, at least 1
     * @param rebootTolerance  how far an uptime must fall short of the expected one to be a reboot
     */
    public DriftDetector(int unreachableAfter, Duration rebootTolerance) {
        if (unreachableAfter < 1) {
            throw new IllegalArgumentException("driftwatch.drift.unreachable-after must be 1 or more, not "
                    + unreachableAfter);
        }
        if (rebootTolerance.isNegative()) {
            throw new IllegalArgumentException("driftwatch.drift.reboot-tolerance must not be negative");
        }
        this.unreachableAfter = unreachableAfter;
        this.rebootTolerance = rebootTolerance;
    }

    /** Whether a poll that ended so counts towards UNREACHABLE: the device gave no answer at all. */
    public static boolean unanswered(PollStatus status) {
        return status == PollStatus.UNREACHABLE || status == PollStatus.TIMEOUT;
    }

    /**
     * @param known the device as stored before this poll
     * @param seen  what this poll found
     */
    public List<Drift> detect(Known known, Seen seen) {
        List<Drift> drifts = new ArrayList<>(1);
        // The first successful poll is a baseline, and a failed poll says nothing about the version.
        boolean versionChanged = seen.status() == PollStatus.OK && known.lastOkVersion() != null
                && !Objects.equals(known.lastOkVersion(), seen.version());
        if (versionChanged) {
            drifts.add(new Drift(DriftKind.VERSION_CHANGED, known.lastOkVersion(), seen.version(),
                    VersionOrders.direction(seen.platform(), known.lastOkVersion(), seen.version())));
        }
        // A refused key is reported once per new key, not once per sweep that keeps seeing it.
        if (seen.status() == PollStatus.HOST_KEY_CHANGED && seen.offeredHostKey() != null
                && !seen.offeredHostKey().equals(known.offeredHostKey())) {
            drifts.add(new Drift(DriftKind.HOST_KEY_CHANGED, known.pinnedHostKeyFingerprint(),
                    seen.offeredHostKeyFingerprint()));
        }
        // An upgrade restarts the device too, but VERSION_CHANGED already tells that story.
        if (seen.status() == PollStatus.OK && known.lastOkVersion() != null && !versionChanged) {
            rebooted(known, seen).ifPresent(drifts::add);
        }
        reachability(known, seen).ifPresent(drifts::add);
        compliance(known, seen).ifPresent(drifts::add);
        return drifts;
    }

    /**
     * The uptime must have grown by at least the time between the two polls. It is a reboot only when the new
     * uptime, even at the top of its printed unit ({@code 15 days} may be nearly 16) and with the tolerance, falls
     * short of the old one plus the time elapsed; a slow poll or a clock step stays within the tolerance.
     */
    private Optional<Drift> rebooted(Known known, Seen seen) {
        if (known.lastOkAt() == null || seen.at() == null) {
            return Optional.empty();
        }
        Optional<Uptime> before = UptimeParser.parse(known.lastOkUptime());
        Optional<Uptime> now = UptimeParser.parse(seen.uptime());
        if (before.isEmpty() || now.isEmpty()) {
            return Optional.empty();
        }
        Duration elapsed = Duration.between(known.lastOkAt(), seen.at());
        if (elapsed.isNegative()) {
            elapsed = Duration.ZERO;
        }
        Duration expected = before.get().value().plus(elapsed);
        if (now.get().upperBound().plus(rebootTolerance).compareTo(expected) >= 0) {
            return Optional.empty();
        }
        return Optional.of(new Drift(DriftKind.REBOOTED, known.lastOkUptime(), seen.uptime(),
                "uptime " + Durations.text(now.get().value()) + " where at least "
                        + Durations.text(expected) + " was expected (" + Durations.text(before.get().value())
                        + " at " + known.lastOkAt() + ", plus " + Durations.text(elapsed) + " since); version "
                        + seen.version() + " unchanged"));
    }

    private Optional<Drift> reachability(Known known, Seen seen) {
        boolean silent = unanswered(seen.status());
        if (silent && !known.unreachableRaised() && known.unanswered() + 1 >= unreachableAfter) {
            Instant since = known.downSince() != null ? known.downSince() : seen.at();
            return Optional.of(new Drift(DriftKind.UNREACHABLE, "answering", seen.status().name(),
                    "no answer in " + (known.unanswered() + 1) + " sweeps in a row since " + since + "; last: "
                            + seen.status() + (seen.reason() == null ? "" : " (" + seen.reason() + ")")));
        }
        if (!silent && known.unreachableRaised()) {
            return Optional.of(new Drift(DriftKind.RECOVERED, "UNREACHABLE", seen.status().name(),
                    "answered again after " + known.unanswered() + " sweeps without an answer"
                            + (known.downSince() == null ? "" : " since " + known.downSince())));
        }
        return Optional.empty();
    }

    /** Entering and leaving non-compliance; the first verdict on a device is a baseline, like its first version. */
    private static Optional<Drift> compliance(Known known, Seen seen) {
        Verdict verdict = seen.verdict();
        if (verdict == null || known.compliance() == null) {
            return Optional.empty();
        }
        boolean was = known.compliance() == Compliance.NON_COMPLIANT;
        boolean is = verdict.compliance() == Compliance.NON_COMPLIANT;
        if (was == is) {
            return Optional.empty();
        }
        String evidence = is
                ? "version " + seen.version() + " is not approved by " + verdict.rule()
                : verdict.compliance() == Compliance.COMPLIANT
                        ? "version " + seen.version() + " is approved by " + verdict.rule()
                : "no rule applies any more (was " + known.complianceRule() + ")";
        return Optional.of(new Drift(DriftKind.NON_COMPLIANT, known.compliance().name(),
                verdict.compliance().name(), evidence));
    }

    /** A device that joined the inventory, unless this is the first sweep ever: a fleet's first day is a baseline. */
    public Optional<Drift> joined(Arrival arrival) {
        if (arrival.firstSweepEver()) {
            return Optional.empty();
        }
        String where = arrival.platform() + " at " + arrival.host() + ":" + arrival.port() + ", group "
                + arrival.group();
        return Optional.of(new Drift(DriftKind.NEW_DEVICE, null, where, arrival.removedAt() == null
                ? "added to the inventory"
                : "back in the inventory, which it left at " + arrival.removedAt() + "; its history is kept"));
    }

    /** A device that left the inventory. */
    public Drift left(Departure departure) {
        return new Drift(DriftKind.REMOVED_DEVICE, departure.platform() + " at " + departure.host() + ":"
                + departure.port() + ", group " + departure.group(), null,
                "left the inventory" + (departure.version() == null ? "" : " running " + departure.version())
                        + "; its history is kept");
    }

    /**
     * The stored state that drift is measured against.
     *
     * @param lastOkUptime      the uptime text of the last successful poll
     * @param lastOkAt          when that poll ran
     * @param unanswered        polls in a row without an answer, before this one
     * @param downSince         when that run of unanswered polls began; null when the device answered last time
     * @param unreachableRaised whether UNREACHABLE was reported for that run and not yet followed by RECOVERED
     * @param compliance        the stored verdict; null before the first one
     */
    public record Known(String lastOkVersion, String offeredHostKey, String pinnedHostKeyFingerprint,
            String lastOkUptime, Instant lastOkAt, int unanswered, Instant downSince, boolean unreachableRaised,
            Compliance compliance, String complianceRule) {

        /** Version and host key only. */
        public Known(String lastOkVersion, String offeredHostKey, String pinnedHostKeyFingerprint) {
            this(lastOkVersion, offeredHostKey, pinnedHostKeyFingerprint, null, null, 0, null, false, null, null);
        }
    }

    /**
     * What one poll found.
     *
     * @param platform the platform whose parser read the version, which decides how its versions sort
     * @param at       when the poll started
     * @param verdict  the policy's verdict on the device after this poll; null when none could be made
     */
    public record Seen(PollStatus status, String platform, String version, String offeredHostKey,
            String offeredHostKeyFingerprint, String uptime, Instant at, String reason, Verdict verdict) {

        /** Status, version and host key only. */
        public Seen(PollStatus status, String platform, String version, String offeredHostKey,
                String offeredHostKeyFingerprint) {
            this(status, platform, version, offeredHostKey, offeredHostKeyFingerprint, null, null, null, null);
        }
    }

    /**
     * A device found in the inventory with no row, or with a row marked removed.
     *
     * @param firstSweepEver whether the database held no device at all before this sweep
     * @param removedAt      when a returning device left; null for one never seen
     */
    public record Arrival(boolean firstSweepEver, Instant removedAt, String platform, String host, int port,
            String group) {
    }

    /** A device whose row is in the inventory no more. */
    public record Departure(String platform, String host, int port, String group, String version) {
    }
}
