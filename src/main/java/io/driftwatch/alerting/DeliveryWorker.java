package io.driftwatch.alerting;

import io.driftwatch.cluster.Leases;
import io.driftwatch.polling.SweepFinished;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Sends the outbox: one thread per hook, so a hook that is down only delays itself, and no sweep or web thread
 * ever waits on a receiver. Each thread wakes when new events commit, when a sweep ends, and every
 * {@code poll-interval} for due retries. Undelivered rows are simply still there after a restart.
 * <p>
 * With several replicas, a hook's thread sends only while its replica holds the hook's lease (cluster
 * {@link Leases}), renewed at every wake and before every message: one sender per hook cluster-wide, so a device's
 * messages still go out one at a time in id order. The others look every {@code poll-interval} whether the lease
 * is free, and take over once its holder stopped (at once) or died (after {@code driftwatch.cluster.lease}).
 */
@ApplicationScoped
public class DeliveryWorker {

    private static final Duration STOP_WAIT = Duration.ofSeconds(5);

    private final Hooks hooks;
    private final DeliveryService service;
    private final DeliveryRepository deliveries;
    private final HttpSender http;
    private final ExecSender exec;
    private final Leases leases;
    private final AlertingConfig config;
    private final Clock clock;
    private final Event<DeliveryAttempted> attempted;
    /** Filled at start-up, read by whichever thread wakes the lanes. */
    private final Map<String, Lane> lanes = new ConcurrentHashMap<>();
    private volatile boolean stopping;

    public DeliveryWorker(Hooks hooks, DeliveryService service, DeliveryRepository deliveries, HttpSender http,
            ExecSender exec, Leases leases, AlertingConfig config, Clock clock, Event<DeliveryAttempted> attempted) {
        this.hooks = hooks;
        this.service = service;
        this.deliveries = deliveries;
        this.http = http;
        this.exec = exec;
        this.leases = leases;
        this.config = config;
        this.clock = clock;
        this.attempted = attempted;
    }

    /** Validates the hooks (a wrong key stops the start with its name) and starts one sender per hook. */
    void onStart(@Observes StartupEvent event) {
        List<Hook> all = hooks.all();
        for (Hook hook : all) {
            Lane lane = new Lane(hook);
            lanes.put(hook.name(), lane);
            lane.thread.start();
        }
        if (!all.isEmpty()) {
            Log.infof("Alert hooks: %s", String.join(", ", all.stream()
                    .map(h -> h.name() + " (" + h.type().configName() + (h.digest() ? ", digest" : "") + ")")
                    .toList()));
        }
        deliveries.backlogByHook().forEach((hook, count) -> {
            if (!lanes.containsKey(hook)) {
                Log.warnf("%d undelivered alert(s) are kept for hook '%s', which is no longer configured", count, hook);
            }
        });
    }

    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
        lanes.values().forEach(lane -> {
            lane.wake();
            lane.thread.interrupt();
        });
        for (Lane lane : lanes.values()) {
            try {
                lane.thread.join(STOP_WAIT.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        // Another replica's sender takes the hooks over at its next look, not after the lease.
        for (Lane lane : lanes.values()) {
            try {
                leases.release(lane.lease);
            } catch (RuntimeException e) {
                Log.warnf(e, "Alert hook '%s': giving its lease back failed; another replica takes it over after"
                        + " driftwatch.cluster.lease", lane.hook.name());
            }
        }
    }

    /** Something new may be due: new events committed, or a sweep ended (digests). Never blocks. */
    public void wake() {
        lanes.values().forEach(Lane::wake);
    }

    /**
     * Only a wake-up: the digest rows are written by each hook's sender, from the sweep's state in the database. With
     * several replicas this fires on the one that closed the sweep; a hook sent from another replica gets its digest
     * at that sender's next look, within {@code poll-interval}.
     */
    void onSweepFinished(@Observes SweepFinished finished) {
        wake();
    }

    /** One hook's sender thread. */
    private final class Lane implements Runnable {

        private final Hook hook;
        private final String lease;
        private final Semaphore signal = new Semaphore(0);
        private final Thread thread;
        /** The hook is left alone until then after a failure; doubled per failure in a row, reset by a success. */
        private Instant pausedUntil = Instant.MIN;
        private int failuresInRow;
        /** Whether this replica held the hook's lease at the last look; changes are logged when replicas share. */
        private boolean holding = !leases.shared();

        Lane(Hook hook) {
            this.hook = hook;
            this.lease = lease(hook.name());
            this.thread = new Thread(this, "driftwatch-hook-" + hook.name());
            this.thread.setDaemon(true);
        }

        void wake() {
            signal.release();
        }

        @Override
        public void run() {
            // A lease holder wakes often enough to renew it, however long the poll interval.
            Duration look = leases.shared() ? min(config.pollInterval(), leases.renewEvery()) : config.pollInterval();
            while (!stopping) {
                Duration paused = Duration.between(clock.instant(), pausedUntil);
                Duration wait = paused.isNegative() || paused.isZero() ? look : min(paused, look);
                try {
                    signal.tryAcquire(Math.max(1, wait.toMillis()), TimeUnit.MILLISECONDS);
                    signal.drainPermits();
                } catch (InterruptedException e) {
                    break;
                }
                if (stopping) {
                    continue;
                }
                try {
                    // Renewed during a pause too, so a hook whose receiver is down stays with its sender.
                    if (!holdsLease() || clock.instant().isBefore(pausedUntil)) {
                        continue;
                    }
                    while (!stopping && round()) {
                        // A full batch went out; there may be more.
                    }
                } catch (InterruptedException e) {
                    break;
                } catch (RuntimeException e) {
                    Log.errorf(e, "Alert hook '%s': delivery round failed", hook.name());
                    pause(Optional.empty());
                }
            }
        }

        /** Sends what is due; true when a full batch went out and more may be waiting. */
        private boolean round() throws InterruptedException {
            // Digests are written here, by the hook's one sender, so each ended sweep gets one per hook.
            service.settleHeld(hook);
            List<Outgoing> batch = service.due(hook, config.batchSize());
            for (Outgoing message : batch) {
                // Renewed per message: a batch to a slow receiver may take longer than the lease.
                if (stopping || !holdsLease()) {
                    return false;
                }
                long started = System.nanoTime();
                DeliveryException failure;
                try {
                    send(message);
                    service.delivered(message.deliveryId());
                    failuresInRow = 0;
                    report(message, true, started, null);
                    continue;
                } catch (DeliveryException e) {
                    failure = e;
                } catch (RuntimeException e) {
                    // A fault of ours or of the JDK's client, not of the receiver: still recorded on the row.
                    Log.errorf(e, "Alert hook '%s': sending %s failed", hook.name(), message.messageId());
                    failure = new DeliveryException(e.toString());
                }
                Instant next = service.failed(message.deliveryId(), hook, failure.getMessage(), failure.retryAfter());
                report(message, false, started, failure.getMessage());
                Log.warnf("Alert hook '%s': %s not delivered (attempt %d): %s; next attempt at %s", hook.name(),
                        message.messageId(), message.attempt(), failure.getMessage(), next);
                // The receiver is likely down (or asked for a pause): leave it alone rather than try every row.
                pause(failure.retryAfter());
                return false;
            }
            return batch.size() == config.batchSize();
        }

        /** Takes or renews the hook's lease; whether this replica sends the hook's messages now. */
        private boolean holdsLease() {
            boolean held = leases.hold(lease);
            if (held != holding && leases.shared()) {
                Log.infof(held ? "Alert hook '%s': this replica sends its messages now"
                        : "Alert hook '%s': another replica sends its messages", hook.name());
            }
            holding = held;
            return held;
        }

        private void send(Outgoing message) throws DeliveryException, InterruptedException {
            if (hook.type() == HookType.EXEC) {
                exec.send(hook, message);
            } else {
                http.send(hook, message);
            }
        }

        private void pause(Optional<Duration> retryAfter) {
            failuresInRow++;
            pausedUntil = clock.instant().plus(
                    Backoff.after(failuresInRow, hook.retryInitialDelay(), hook.retryMaxDelay(), retryAfter));
        }

        private void report(Outgoing message, boolean delivered, long started, String error) {
            try {
                attempted.fire(new DeliveryAttempted(hook.name(), hook.type(),
                        message.event() != null ? Delivery.Kind.EVENT : Delivery.Kind.DIGEST, delivered,
                        Duration.ofNanos(System.nanoTime() - started), error));
            } catch (RuntimeException e) {
                Log.warnf(e, "Reporting a delivery attempt of hook '%s' failed", hook.name());
            }
        }
    }

    /** The name of the lease its replica holds while it sends the hook's messages. */
    static String lease(String hook) {
        return "hook:" + hook;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
