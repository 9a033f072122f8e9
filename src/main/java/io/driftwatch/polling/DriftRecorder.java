package io.driftwatch.polling;

import io.driftwatch.domain.PollStatus;
import io.driftwatch.drift.Drift;
import io.driftwatch.drift.DriftDetector;
import io.driftwatch.drift.Policy;
import io.driftwatch.drift.PolicyService;
import io.driftwatch.drift.Verdict;
import io.driftwatch.history.Columns;
import io.driftwatch.history.Device;
import io.driftwatch.history.DeviceFacts;
import io.driftwatch.history.DriftEvent;
import io.driftwatch.history.DriftEventRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Turns a poll into drift: the policy's verdict, the drift events it shows, and on the device row what the next
 * poll's drift is measured against, so no fact is reported twice.
 */
@ApplicationScoped
public class DriftRecorder {

    /** How much of a failed poll's reason its drift evidence quotes. */
    private static final int REASON_IN_EVIDENCE = 300;

    private final DriftEventRepository driftEvents;
    private final PolicyService policies;
    private final DriftDetector detector;

    public DriftRecorder(DriftEventRepository driftEvents, PolicyService policies, DriftDetector detector) {
        this.driftEvents = driftEvents;
        this.policies = policies;
        this.detector = detector;
    }

    /** The policy polls are judged by: the one re-read when the sweep was planned, so every batch uses the same. */
    public Optional<Policy> policy() {
        return policies.current();
    }

    /**
     * Stores the drift this poll shows and keeps the device's drift state; to be called before the device takes
     * the poll's state, which the drift is measured against.
     *
     * @param policy the policy to judge by, or null when there is none
     * @return the rows written
     */
    public int record(long sweepId, Device device, ProbeResult result, Policy policy) {
        Verdict verdict = policy == null ? null : verdict(policy, device, result);
        List<Drift> drifts = detect(device, result, verdict);
        for (Drift drift : drifts) {
            driftEvents.record(event(device.id, drift, sweepId, result.startedAt()));
        }
        device.countAnswer(!DriftDetector.unanswered(result.status()), result.startedAt());
        drifts.forEach(drift -> device.reported(drift.kind()));
        if (verdict != null) {
            device.judged(verdict.compliance(), verdict.rule());
        }
        return drifts.size();
    }

    /** A drift event row for what the detector found. */
    static DriftEvent event(long deviceId, Drift drift, Long sweepId, Instant at) {
        DriftEvent event = new DriftEvent();
        event.deviceId = deviceId;
        event.kind = drift.kind();
        event.fromValue = Columns.fit(drift.from(), DriftEvent.VALUE_WIDTH);
        event.toValue = Columns.fit(drift.to(), DriftEvent.VALUE_WIDTH);
        event.direction = drift.direction();
        event.evidence = Columns.fit(drift.evidence(), DriftEvent.EVIDENCE_WIDTH);
        event.sweepId = sweepId;
        event.occurredAt = at;
        return event;
    }

    /**
     * The policy's verdict on the device as this poll leaves it: a failed poll keeps the last known version and
     * model, so a policy edit is applied to unreachable devices too.
     */
    private static Verdict verdict(Policy policy, Device device, ProbeResult result) {
        boolean ok = result.status() == PollStatus.OK;
        String platform = ok && result.platform() != null ? result.platform()
                : device.detectedPlatform != null ? device.detectedPlatform : device.platform;
        DeviceFacts facts = ok ? result.storedFacts() : device.facts();
        return policy.evaluate(platform, device.name, facts.model(), device.group, facts.version());
    }

    private List<Drift> detect(Device device, ProbeResult result, Verdict verdict) {
        DeviceFacts facts = result.storedFacts();
        // Fingerprints cost a key parse and a hash each; only a refused key's drift event shows them.
        boolean refused = result.status() == PollStatus.HOST_KEY_CHANGED;
        DriftDetector.Known known = new DriftDetector.Known(device.version, device.offeredHostKey,
                refused ? HostKeys.fingerprint(device.hostKey) : null, device.uptime, device.lastOkAt,
                device.unansweredPolls, device.downSince, device.unreachableRaised, device.compliance,
                device.complianceRule);
        DriftDetector.Seen seen = new DriftDetector.Seen(result.status(), result.platform(),
                result.facts() == null ? null : result.facts().version(), result.offeredHostKey(),
                refused ? HostKeys.fingerprint(result.offeredHostKey()) : null, facts == null ? null : facts.uptime(),
                result.startedAt(), Columns.fit(result.reason(), REASON_IN_EVIDENCE), verdict);
        return detector.detect(known, seen);
    }
}
