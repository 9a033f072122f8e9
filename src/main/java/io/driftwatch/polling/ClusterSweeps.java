package io.driftwatch.polling;

import io.driftwatch.cluster.ClusterNode;
import io.driftwatch.cluster.Members;
import io.driftwatch.cluster.SweepClaims;
import io.driftwatch.history.Device;
import io.driftwatch.history.Sweep;
import io.driftwatch.history.SweepRepository;
import io.driftwatch.inventory.DeviceSpec;
import io.driftwatch.inventory.Inventory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The once-per-cluster ends of a cluster sweep: opening it (one at a time, under an advisory lock, with its work
 * list) and closing it (by whichever replica finds nothing left), plus this replica's heartbeat.
 */
@ApplicationScoped
public class ClusterSweeps {

    private final ClusterNode node;
    private final SweepClaims claims;
    private final Members members;
    private final SweepLog sweepLog;
    private final SweepPlanner planner;
    private final SweepRepository sweeps;
    private final SweepConfig sweepConfig;
    private final Clock clock;
    private final Instant startedAt;

    public ClusterSweeps(ClusterNode node, SweepClaims claims, Members members, SweepLog sweepLog,
            SweepPlanner planner, SweepRepository sweeps, SweepConfig sweepConfig, Clock clock) {
        this.node = node;
        this.claims = claims;
        this.members = members;
        this.sweepLog = sweepLog;
        this.planner = planner;
        this.sweeps = sweeps;
        this.sweepConfig = sweepConfig;
        this.clock = clock;
        this.startedAt = clock.instant();
    }

    /**
     * Opens a cluster sweep: brings the device table in line with this replica's inventory and lists every device
     * with its zone, in one transaction, so a replica that joins sees the whole list or no sweep.
     *
     * @return the new sweep's id, or empty when a cluster sweep is already running
     */
    @Transactional
    public Optional<Long> open(Sweep.Trigger trigger, String requestedBy, Inventory inventory) {
        claims.lockOpening();
        if (!sweeps.running().isEmpty()) {
            return Optional.empty();
        }
        long id = sweepLog.open(trigger, requestedBy);
        List<Device> synced = planner.sync(id, inventory);
        Map<String, DeviceSpec> specs = inventory.devices().stream()
                .collect(Collectors.toMap(DeviceSpec::name, Function.identity()));
        Map<Long, String> zones = new LinkedHashMap<>();
        synced.forEach(device -> zones.put(device.id, inventory.zoneOf(specs.get(device.name))));
        sweeps.flush();
        claims.enqueue(id, zones);
        sweepLog.setDevices(id, synced.size());
        return Optional.of(id);
    }

    /** The running cluster sweep, if any (the newest, should an old one linger). */
    @Transactional
    public Optional<Long> running() {
        return sweeps.running().stream().map(sweep -> sweep.id).max(Long::compare);
    }

    /**
     * Closes the sweep when every device is recorded or set aside (zones without a live replica).
     *
     * @return the sweep as closed here; empty while devices remain, or when another replica closed it
     */
    @Transactional
    public Optional<Closed> closeIfDone(long sweepId) {
        Sweep sweep = sweeps.findById(sweepId, LockModeType.PESSIMISTIC_WRITE);
        if (sweep == null || sweep.state != Sweep.State.RUNNING) {
            return Optional.empty();
        }
        int skipped = claims.settle(sweepId);
        if (skipped < 0) {
            return Optional.empty();
        }
        sweep.skipped = skipped;
        sweep.state = Sweep.State.COMPLETED;
        sweep.finishedAt = clock.instant();
        return Optional.of(new Closed(sweep.devices - skipped, skipped,
                Duration.between(sweep.startedAt, sweep.finishedAt)));
    }

    /** Whether the sweep is still running (another replica may have closed it). */
    @Transactional
    public boolean stillRunning(long sweepId) {
        Sweep sweep = sweeps.findById(sweepId);
        return sweep != null && sweep.state == Sweep.State.RUNNING;
    }

    /** Says this replica is alive and keeps its claims; called every quarter lease. */
    public void heartbeat() {
        members.beat(sweepConfig.maxConcurrency(), startedAt);
        claims.renew();
    }

    public ClusterNode node() {
        return node;
    }

    public SweepClaims claims() {
        return claims;
    }

    /**
     * A cluster sweep as closed.
     *
     * @param recorded devices recorded by all replicas
     * @param skipped  devices no live replica could poll
     */
    public record Closed(int recorded, int skipped, Duration took) {
    }
}
