package io.driftwatch.polling;

import io.driftwatch.cluster.ClusterNode;
import io.driftwatch.cluster.SweepClaims;
import io.driftwatch.domain.PollStatus;
import io.driftwatch.drift.Policy;
import io.driftwatch.history.Columns;
import io.driftwatch.history.Device;
import io.driftwatch.history.DeviceRepository;
import io.driftwatch.history.Observation;
import io.driftwatch.history.ObservationRepository;
import io.driftwatch.history.PinnedHost;
import io.driftwatch.history.RawOutputRepository;
import io.driftwatch.text.RouterText;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes what a sweep's polls learn, in batches, each batch one transaction holding the observations, the devices'
 * new state, the drift they caused and the sweep's counts, so a crash never leaves half a result.
 */
@ApplicationScoped
public class SweepRecorder {

    private final DeviceRepository devices;
    private final ObservationRepository observations;
    private final RawOutputRepository rawOutputs;
    private final DriftRecorder drift;
    private final SweepLog sweepLog;
    private final Clock clock;
    private final ClusterNode node;
    private final SweepClaims claims;
    /** Who vouched for a key a session was accepted with. */
    private final String pinnedBy;

    public SweepRecorder(DeviceRepository devices, ObservationRepository observations, RawOutputRepository rawOutputs,
            DriftRecorder drift, SweepLog sweepLog, SshConfig sshConfig, Clock clock, ClusterNode node,
            SweepClaims claims) {
        this.node = node;
        this.claims = claims;
        this.devices = devices;
        this.observations = observations;
        this.rawOutputs = rawOutputs;
        this.drift = drift;
        this.sweepLog = sweepLog;
        this.clock = clock;
        this.pinnedBy = sshConfig.hostKeyMode() == SshConfig.HostKeyMode.STRICT ? PinnedHost.KNOWN_HOSTS
                : PinnedHost.FIRST_USE;
    }

    @Transactional
    public void record(long sweepId, List<ProbeResult> batch) {
        if (node.enabled()) {
            batch = stillClaimed(sweepId, batch);
        }
        Map<Long, Device> byId = devices.byIds(batch.stream().map(r -> r.target().deviceId()).toList()).stream()
                .collect(Collectors.toMap(d -> d.id, Function.identity()));
        int rows = 0;
        // The policy was re-read when the sweep was planned; every batch of the sweep judges by the same one.
        Policy policy = drift.policy().orElse(null);
        List<RawOutputRepository.Kept> outputs = new ArrayList<>();
        for (ProbeResult result : batch) {
            Device device = byId.get(result.target().deviceId());
            logOutcome(device, result);
            rows += drift.record(sweepId, device, result, policy);
            if (device.observationId == null || !sameState(device, result)) {
                rows += startSpan(sweepId, device, result, outputs);
            }
            updateDevice(sweepId, device, result);
            device.polledBy = node.nodeId();
            device.notPolled = null;
            rows++;
        }
        rawOutputs.keepAll(outputs);
        sweepLog.counted(sweepId, batch.stream().map(ProbeResult::status).toList(), rows + outputs.size());
    }

    /**
     * The results whose device this replica still holds, marked recorded in this transaction, one per device. A
     * device whose lease ran out and was taken over by another replica is recorded there, once, so its result here
     * is dropped; one this replica took again after its own lease ran out may have two results here, and only the
     * last poll's is kept.
     */
    private List<ProbeResult> stillClaimed(long sweepId, List<ProbeResult> batch) {
        Map<Long, ProbeResult> latest = new LinkedHashMap<>();
        batch.forEach(result -> latest.merge(result.target().deviceId(), result,
                (kept, next) -> next.startedAt().isAfter(kept.startedAt()) ? next : kept));
        Set<Long> held = Set.copyOf(claims.recorded(sweepId, latest.keySet()));
        List<ProbeResult> kept = new ArrayList<>(held.size());
        latest.forEach((device, result) -> {
            if (held.contains(device)) {
                kept.add(result);
            } else {
                Log.infof("Sweep %d: device %s was taken over by another replica after this one's lease ran out;"
                        + " its result here is dropped", sweepId, result.target().name());
            }
        });
        return kept;
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
     * Whether a poll found the device as it was: same status and reason, and for a success the same facts. Uptime
     * is left out on purpose; it changes at every poll and the device row keeps the latest.
     */
    private static boolean sameState(Device device, ProbeResult result) {
        if (device.status != result.status()) {
            return false;
        }
        if (result.status() != PollStatus.OK) {
            return Objects.equals(device.reason, Columns.fit(result.reason(), Device.REASON_WIDTH));
        }
        if (result.target().autodetect() && !Objects.equals(device.detectedPlatform, result.platform())) {
            return false;
        }
        return device.facts().sameApartFromUptime(result.storedFacts());
    }

    /**
     * Closes the device's current span at its last poll and opens a new one; returns the rows written. The raw output
     * goes to {@code outputs}, kept for the whole batch at once.
     */
    private int startSpan(long sweepId, Device device, ProbeResult result, List<RawOutputRepository.Kept> outputs) {
        int rows = observations.startSpan(device, observation(sweepId, device, result));
        // An output no parser understood is kept too: it is what a bug report about the parser needs. Autodetection
        // that found no platform ran no one command whose answer could be kept.
        String command = result.command() != null ? result.command() : result.target().command();
        if (command != null && (result.status() == PollStatus.OK
                || (result.status() == PollStatus.PARSE_FAILED && result.output() != null))) {
            // The raw output is kept from the first poll that saw these facts: later polls differ only in uptime,
            // and rewriting kilobytes per device per sweep would dominate the database's work.
            outputs.add(new RawOutputRepository.Kept(device.id, sweepId, result.startedAt(), command,
                    result.output()));
        }
        return rows;
    }

    private static Observation observation(long sweepId, Device device, ProbeResult result) {
        Observation observation = new Observation();
        observation.deviceId = device.id;
        observation.sweepId = sweepId;
        observation.observedAt = result.startedAt();
        observation.status = result.status();
        observation.attempts = result.attempts();
        observation.durationMs = result.durationMs();
        observation.platform = result.platform();
        observation.found(result.reason(), result.storedFacts());
        return observation;
    }

    private void updateDevice(long sweepId, Device device, ProbeResult result) {
        Instant now = clock.instant();
        device.polled(sweepId, result.startedAt(), result.status(), result.reason(), result.storedFacts());
        if (result.status() == PollStatus.OK && result.target().autodetect()) {
            device.detectedPlatform = result.platform();
        }
        if (result.pollMode() != null) {
            device.pollMode = result.pollMode();
        }
        // Only a poll the shell then answered teaches anything; the target's shell flag is the inventory's here,
        // since a remembered shell never tries exec.
        if (result.shellLearned() != null
                && (result.status() == PollStatus.OK || result.status() == PollStatus.PARSE_FAILED)) {
            device.learnedShell(result.shellLearned(), result.target().shell());
        }
        if (result.status() == PollStatus.HOST_KEY_CHANGED && result.offeredHostKey() != null) {
            device.refused(result.offeredHostKey(), now);
        } else {
            // The key this session was accepted with becomes the pinned one: on first contact in trust-on-first-use
            // mode, or when strict mode found it in known_hosts.
            device.accepted(result.offeredHostKey(), now, pinnedBy);
        }
    }
}
