package io.driftwatch.polling;

import io.driftwatch.domain.PollStatus;
import io.driftwatch.drift.Drift;
import io.driftwatch.drift.DriftDetector;
import io.driftwatch.domain.DriftKind;
import io.driftwatch.drift.Policy;
import io.driftwatch.drift.PolicyService;
import io.driftwatch.drift.Verdict;
import io.driftwatch.history.Device;
import io.driftwatch.history.DeviceRepository;
import io.driftwatch.history.DriftEvent;
import io.driftwatch.history.DriftEventRepository;
import io.driftwatch.history.Observation;
import io.driftwatch.history.ObservationRepository;
import io.driftwatch.history.RawOutput;
import io.driftwatch.history.RawOutputRepository;
import io.driftwatch.history.Sweep;
import io.driftwatch.history.SweepRepository;
import io.driftwatch.parsing.ParsedVersion;
import io.driftwatch.text.RouterText;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes what a sweep learns: the sweep row, then poll results in batches, each batch one transaction holding
 * the observations, the devices' new state and the drift they caused, so a crash never leaves half a result.
 */
@ApplicationScoped
public class SweepRecorder {

    private final SweepRepository sweeps;
    private final DeviceRepository devices;
    private final ObservationRepository observations;
    private final RawOutputRepository rawOutputs;
    private final DriftEventRepository driftEvents;
    private final SshConfig sshConfig;
    private final Clock clock;
    private final PolicyService policies;
    private final DriftDetector detector;

    public SweepRecorder(SweepRepository sweeps, DeviceRepository devices, ObservationRepository observations,
            RawOutputRepository rawOutputs, DriftEventRepository driftEvents, SshConfig sshConfig, Clock clock,
            PolicyService policies, DriftDetector detector) {
        this.sweeps = sweeps;
        this.devices = devices;
        this.observations = observations;
        this.rawOutputs = rawOutputs;
        this.driftEvents = driftEvents;
        this.sshConfig = sshConfig;
        this.clock = clock;
        this.policies = policies;
        this.detector = detector;
    }

    @Transactional
    public long open(Sweep.Trigger trigger) {
        return open(trigger, trigger == Sweep.Trigger.SCHEDULED ? SweepService.SCHEDULE : null);
    }

    @Transactional
    public long open(Sweep.Trigger trigger, String requestedBy) {
        Sweep sweep = new Sweep();
        sweep.trigger = trigger;
        sweep.requestedBy = requestedBy;
        sweep.state = Sweep.State.RUNNING;
        sweep.startedAt = clock.instant();
        sweeps.persist(sweep);
        return sweep.id;
    }

    @Transactional
    public void record(long sweepId, List<ProbeResult> batch) {
        Sweep sweep = sweeps.findById(sweepId);
        Map<Long, Device> byId = devices.byIds(batch.stream().map(r -> r.target().deviceId()).toList()).stream()
                .collect(Collectors.toMap(d -> d.id, Function.identity()));
        int rows = 0;
        // The policy was re-read when the sweep was planned; every batch of the sweep judges by the same one.
        Policy policy = policies.current().orElse(null);
        for (ProbeResult result : batch) {
            Device device = byId.get(result.target().deviceId());
            logOutcome(device, result);
            Verdict verdict = policy == null ? null : verdict(policy, device, result);
            List<Drift> drifts = recordDrift(sweepId, device, result, verdict);
            rows += drifts.size();
            if (device.observationId == null || !sameState(device, result)) {
                rows += startSpan(sweepId, device, result);
            }
            updateDevice(sweepId, device, result);
            updateDriftState(device, result, verdict, drifts);
            rows++;
            sweep.count(result.status());
        }
        sweep.rowsWritten += rows + 1;
    }

    /** Stores the sweep's outcome; returns how many devices ended in each status, for its log line. */
    @Transactional
    public Map<PollStatus, Integer> finish(long sweepId, Sweep.State state, int deviceCount) {
        Sweep sweep = sweeps.findById(sweepId);
        sweep.state = state;
        sweep.devices = deviceCount;
        sweep.finishedAt = clock.instant();
        return sweep.counts();
    }

    @Transactional
    public void setDevices(long sweepId, int deviceCount) {
        sweeps.findById(sweepId).devices = deviceCount;
    }

    /** Marks sweeps a previous process left running as interrupted; returns how many. */
    @Transactional
    public int closeAbandoned() {
        List<Sweep> abandoned = sweeps.running();
        for (Sweep sweep : abandoned) {
            sweep.state = Sweep.State.INTERRUPTED;
            sweep.finishedAt = clock.instant();
        }
        return abandoned.size();
    }

    /**
     * A device's failure at INFO when its status changes (it starts failing, fails differently, or recovers), and
     * at DEBUG while it keeps failing the same way: a 10,000-device fleet with a few dead routers does not repeat
     * them every sweep, and the sweep pages list every failure anyway.
     */
    private static void logOutcome(Device device, ProbeResult result) {
        PollStatus status = result.status();
        if (status == PollStatus.OK) {
            if (device.status != null && device.status != PollStatus.OK) {
                Log.infof("Device %s (%s) answers again (was %s)", device.name, device.host, device.status);
            }
        } else if (device.status != status) {
            Log.infof("Device %s (%s) failed: %s (was %s): %s", device.name, device.host, status,
                    device.status == null ? "not polled" : device.status, RouterText.forLog(result.reason()));
        } else {
            Log.debugf("Device %s (%s) still failing: %s: %s", device.name, device.host, status,
                    RouterText.forLog(result.reason()));
        }
    }

    /**
     * The policy's verdict on the device as this poll leaves it: a failed poll keeps the last known version and
     * model, so a policy edit is applied to unreachable devices too.
     */
    private static Verdict verdict(Policy policy, Device device, ProbeResult result) {
        boolean ok = result.status() == PollStatus.OK;
        String platform = ok && result.platform() != null ? result.platform()
                : device.detectedPlatform != null ? device.detectedPlatform : device.platform;
        String version = ok ? truncate(result.facts().version(), 255) : device.version;
        String model = ok ? truncate(result.facts().model(), 255) : device.model;
        return policy.evaluate(platform, device.name, model, device.group, version);
    }

    /** Stores the drift this poll shows and returns it. */
    private List<Drift> recordDrift(long sweepId, Device device, ProbeResult result, Verdict verdict) {
        ParsedVersion facts = result.facts();
        String version = facts == null ? null : facts.version();
        // Fingerprints cost a key parse and a hash each; only a refused key's drift event shows them.
        boolean refused = result.status() == PollStatus.HOST_KEY_CHANGED;
        DriftDetector.Known known = new DriftDetector.Known(device.version, device.offeredHostKey,
                refused ? HostKeys.fingerprint(device.hostKey) : null, device.uptime, device.lastOkAt,
                device.unansweredPolls, device.downSince, device.unreachableRaised, device.compliance,
                device.complianceRule);
        DriftDetector.Seen seen = new DriftDetector.Seen(result.status(), result.platform(), version,
                result.offeredHostKey(), refused ? HostKeys.fingerprint(result.offeredHostKey()) : null,
                facts == null ? null : truncate(facts.uptime(), 255), result.startedAt(),
                truncate(result.reason(), 300), verdict);
        List<Drift> drifts = detector.detect(known, seen);
        for (Drift drift : drifts) {
            driftEvents.record(event(device.id, drift, sweepId, result.startedAt()));
        }
        return drifts;
    }

    /** A drift event row for what the detector found. */
    static DriftEvent event(long deviceId, Drift drift, Long sweepId, Instant at) {
        DriftEvent event = new DriftEvent();
        event.deviceId = deviceId;
        event.kind = drift.kind();
        event.fromValue = truncate(drift.from(), 255);
        event.toValue = truncate(drift.to(), 255);
        event.direction = drift.direction();
        event.evidence = truncate(drift.evidence(), 1000);
        event.sweepId = sweepId;
        event.occurredAt = at;
        return event;
    }

    /** Keeps on the device row what the next poll's drift is measured against, so no fact is reported twice. */
    private static void updateDriftState(Device device, ProbeResult result, Verdict verdict, List<Drift> drifts) {
        if (DriftDetector.unanswered(result.status())) {
            if (device.unansweredPolls == 0) {
                device.downSince = result.startedAt();
            }
            device.unansweredPolls++;
        } else {
            device.unansweredPolls = 0;
            device.downSince = null;
        }
        for (Drift drift : drifts) {
            if (drift.kind() == DriftKind.UNREACHABLE) {
                device.unreachableRaised = true;
            } else if (drift.kind() == DriftKind.RECOVERED) {
                device.unreachableRaised = false;
            }
        }
        if (verdict != null) {
            device.compliance = verdict.compliance();
            device.complianceRule = truncate(verdict.rule(), 512);
        }
    }

    /**
     * Whether a poll found the device as it was: same status and reason, and for a success the same facts. Uptime
     * is left out on purpose; it changes at every poll and the device row keeps the latest.
     */
    private static boolean sameState(Device device, ProbeResult result) {
        if (device.status != result.status()) {
            return false;
        }
        if (result.status() != PollStatus.OK) {
            return Objects.equals(device.reason, truncate(result.reason(), 2000));
        }
        if (result.target().autodetect() && !Objects.equals(device.detectedPlatform, result.platform())) {
            return false;
        }
        ParsedVersion facts = result.facts();
        return Objects.equals(device.version, truncate(facts.version(), 255))
                && Objects.equals(device.model, truncate(facts.model(), 255))
                && Objects.equals(device.serial, truncate(facts.serial(), 255))
                && Objects.equals(device.hostname, truncate(facts.hostname(), 255))
                && Objects.equals(device.image, truncate(facts.image(), 512));
    }

    /** Closes the device's current span at its last poll and opens a new one; returns the rows written. */
    private int startSpan(long sweepId, Device device, ProbeResult result) {
        int rows = 0;
        if (device.observationId != null) {
            Observation previous = observations.findById(device.observationId);
            if (previous != null) {
                previous.lastSweepId = device.polledSweepId;
                previous.lastSeenAt = device.polledAt;
                rows++;
            }
        }
        Observation observation = observation(sweepId, device, result);
        observations.persist(observation);
        device.observationId = observation.id;
        rows++;
        if (result.status() == PollStatus.OK) {
            // The raw output is kept from the first poll that saw these facts: later polls differ only in uptime,
            // and rewriting kilobytes per device per sweep would dominate the database's work.
            keepOutput(sweepId, device, result);
            rows++;
        }
        return rows;
    }

    private static Observation observation(long sweepId, Device device, ProbeResult result) {
        Observation observation = new Observation();
        observation.deviceId = device.id;
        observation.sweepId = sweepId;
        observation.observedAt = result.startedAt();
        observation.status = result.status();
        observation.reason = truncate(result.reason(), 2000);
        observation.attempts = result.attempts();
        observation.durationMs = result.durationMs();
        observation.platform = result.platform();
        ParsedVersion facts = result.facts();
        if (facts != null) {
            observation.version = truncate(facts.version(), 255);
            observation.model = truncate(facts.model(), 255);
            observation.serial = truncate(facts.serial(), 255);
            observation.hostname = truncate(facts.hostname(), 255);
            observation.uptime = truncate(facts.uptime(), 255);
            observation.image = truncate(facts.image(), 512);
        }
        return observation;
    }

    private void updateDevice(long sweepId, Device device, ProbeResult result) {
        Instant now = clock.instant();
        device.status = result.status();
        device.reason = truncate(result.reason(), 2000);
        device.polledAt = result.startedAt();
        device.polledSweepId = sweepId;
        if (result.status() == PollStatus.OK) {
            ParsedVersion facts = result.facts();
            device.version = truncate(facts.version(), 255);
            device.model = truncate(facts.model(), 255);
            device.serial = truncate(facts.serial(), 255);
            device.hostname = truncate(facts.hostname(), 255);
            device.uptime = truncate(facts.uptime(), 255);
            device.image = truncate(facts.image(), 512);
            if (result.target().autodetect()) {
                device.detectedPlatform = result.platform();
            }
            device.lastOkAt = result.startedAt();
            device.lastOkSweepId = sweepId;
            device.consecutiveFailures = 0;
            // The pinned key was accepted again, so any earlier refused offer is moot.
            device.offeredHostKey = null;
            device.offeredHostKeyAt = null;
        } else {
            device.consecutiveFailures++;
        }
        if (result.pollMode() != null) {
            device.pollMode = result.pollMode();
        }
        if (result.shellLearned() != null) {
            // Only a poll the shell then answered teaches anything; the target's shell flag is the inventory's here,
            // since a remembered shell never tries exec.
            if (result.status() == PollStatus.OK || result.status() == PollStatus.PARSE_FAILED) {
                device.shellLearned = truncate(result.shellLearned(), 300);
                device.shellLearnedUnder = result.target().shell();
            }
        }
        if (result.status() == PollStatus.HOST_KEY_CHANGED && result.offeredHostKey() != null) {
            if (!result.offeredHostKey().equals(device.offeredHostKey)) {
                device.offeredHostKeyAt = now;
            }
            device.offeredHostKey = result.offeredHostKey();
        } else if (result.offeredHostKey() != null && !result.offeredHostKey().equals(device.hostKey)) {
            // The key this session was accepted with becomes the pinned one: on first contact in trust-on-first-use
            // mode, or when strict mode found it in known_hosts.
            device.hostKey = result.offeredHostKey();
            device.hostKeyPinnedAt = now;
            device.hostKeyPinnedBy = sshConfig.hostKeyMode() == SshConfig.HostKeyMode.STRICT
                    ? "known_hosts"
                    : "trust on first use";
        }
    }

    private void keepOutput(long sweepId, Device device, ProbeResult result) {
        RawOutput output = rawOutputs.findById(device.id);
        boolean fresh = output == null;
        if (fresh) {
            output = new RawOutput();
            output.deviceId = device.id;
        }
        output.sweepId = sweepId;
        output.capturedAt = result.startedAt();
        output.command = result.command() != null ? result.command() : result.target().command();
        output.output = result.output();
        if (fresh) {
            rawOutputs.persist(output);
        }
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
