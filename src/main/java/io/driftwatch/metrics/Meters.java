package io.driftwatch.metrics;

import io.driftwatch.domain.DriftKind;
import io.driftwatch.domain.PollStatus;
import io.driftwatch.history.Sweep;
import io.driftwatch.polling.NegotiatedAlgorithms;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;

/**
 * Every Driftwatch meter, named and registered in this one place (README, "Metrics"). Micrometer names use dots;
 * the Prometheus registry turns {@code driftwatch.sweep.duration} into {@code driftwatch_sweep_duration_seconds}
 * and adds {@code _total} to counters. Tags take only bounded values: enum names, platforms, capped versions.
 */
@ApplicationScoped
public class Meters {

    static final String SWEEP_DURATION = "driftwatch.sweep.duration";
    static final String DEVICES = "driftwatch.devices";
    static final String DEVICE_VERSIONS = "driftwatch.device.versions";
    static final String DRIFT_EVENTS = "driftwatch.drift.events";
    static final String SSH_ERRORS = "driftwatch.ssh.errors";
    static final String SESSIONS_IN_FLIGHT = "driftwatch.sessions.in.flight";
    static final String LAST_SWEEP_FINISHED = "driftwatch.last.sweep.finished";
    static final String HOOK_DELIVERIES = "driftwatch.hook.deliveries";
    static final String HOOK_DELIVERY_FAILURES = "driftwatch.hook.delivery.failures";
    static final String OUTBOX_BACKLOG = "driftwatch.outbox.backlog";
    static final String SSH_SESSIONS = "driftwatch.ssh.sessions";
    static final String KEY_EXCHANGE_CPU = "driftwatch.ssh.key.exchange.cpu";
    static final String KEY_EXCHANGES_WAITING = "driftwatch.ssh.key.exchanges.waiting";
    private static final Duration[] SWEEP_BUCKETS = {Duration.ofSeconds(1), Duration.ofSeconds(5),
            Duration.ofSeconds(15), Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(2),
            Duration.ofMinutes(5), Duration.ofMinutes(10), Duration.ofMinutes(15), Duration.ofMinutes(30),
            Duration.ofHours(1)};
    /** The status tag of devices not polled yet. */
    static final String NOT_POLLED = "NOT_POLLED";

    private final MeterRegistry registry;

    public Meters(MeterRegistry registry) {
        this.registry = registry;
    }

    void sweepFinished(Sweep.State state, Duration took) {
        Timer.builder(SWEEP_DURATION)
                .description("How long sweeps take, by outcome")
                .tag("state", state.name())
                // A dozen buckets from a small lab to a slow 10,000-router fleet, rather than Micrometer's ~60.
                .serviceLevelObjectives(SWEEP_BUCKETS)
                .register(registry)
                .record(took);
    }

    void sshErrors(PollStatus status, int count) {
        Counter.builder(SSH_ERRORS)
                .description("Polls that ended in a status other than OK, by status")
                .tag("kind", status.name())
                .register(registry)
                .increment(count);
    }

    void driftEvents(DriftKind kind, int count) {
        Counter.builder(DRIFT_EVENTS)
                .description("Drift events recorded, by kind")
                .tag("kind", kind.name())
                .register(registry)
                .increment(count);
    }

    /** Registers every status up front, so a status with no device reads 0 rather than vanishing. */
    void devicesPerStatus(String status, Supplier<Number> count) {
        Gauge.builder(DEVICES, count).description("Devices in the inventory, by the status of their last poll")
                .tag("status", status)
                .strongReference(true)
                .register(registry);
    }

    MultiGauge deviceVersions() {
        return MultiGauge.builder(DEVICE_VERSIONS)
                .description("Devices in the inventory by platform and version; versions past the top few per"
                        + " platform are summed as 'other'")
                .register(registry);
    }

    void sessionsInFlight(Supplier<Number> count) {
        Gauge.builder(SESSIONS_IN_FLIGHT, count).description("Device polls (SSH sessions) in progress")
                .strongReference(true)
                .register(registry);
    }

    /** What {@code KeyExchangeGate} goes by: the mean CPU of an exchange, and the polls it holds back. */
    void keyExchanges(Supplier<Number> meanCpuSeconds, Supplier<Number> waiting) {
        Gauge.builder(KEY_EXCHANGE_CPU, meanCpuSeconds)
                .description("Mean CPU time of an SSH key exchange, recent ones weighing most")
                .baseUnit("seconds")
                .strongReference(true)
                .register(registry);
        Gauge.builder(KEY_EXCHANGES_WAITING, waiting)
                .description("Polls waiting to start their key exchange until the CPU has room for it")
                .strongReference(true)
                .register(registry);
    }

    /** Counts read from {@code count} at each scrape, one series per combination of algorithms. */
    void sshSessions(NegotiatedAlgorithms.Combination combination,
            ToDoubleFunction<NegotiatedAlgorithms.Combination> count) {
        FunctionCounter.builder(SSH_SESSIONS, combination, count)
                .description("SSH key exchanges by the algorithms agreed: key exchange, host key, cipher and MAC"
                        + " (the MAC is unused with an AEAD cipher)")
                .tags("kex", combination.kex(), "host_key", combination.hostKey(), "cipher", combination.cipher(),
                        "mac", combination.mac())
                .register(registry);
    }

    void lastSweepFinished(Supplier<Number> epochSeconds) {
        Gauge.builder(LAST_SWEEP_FINISHED, epochSeconds)
                .description("When the last sweep finished, in seconds since the epoch (0: none yet)")
                .baseUnit("timestamp_seconds")
                .strongReference(true)
                .register(registry);
    }

    /** One attempt to deliver to a hook: counted as a delivery, or as a failure. */
    void hookDelivery(String hook, String type, boolean delivered) {
        Counter.builder(delivered ? HOOK_DELIVERIES : HOOK_DELIVERY_FAILURES)
                .description(
                        delivered ? "Messages delivered to alert hooks" : "Failed attempts to deliver to alert hooks")
                .tags(hookTags(hook).and("type", type))
                .register(registry)
                .increment();
    }

    MultiGauge outboxBacklog() {
        return MultiGauge.builder(OUTBOX_BACKLOG)
                .description("Deliveries waiting to be sent (pending or held for a digest), by hook")
                .register(registry);
    }

    static Tags hookTags(String hook) {
        return Tags.of("hook", hook);
    }

    static Tags versionTags(String platform, String version) {
        return Tags.of("platform", platform, "version", version);
    }
}
