package io.driftwatch.polling;

import io.driftwatch.domain.PollStatus;
import io.quarkus.logging.Log;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One sweep's guard against polls that never end. Every wait in a poll is bounded by the device deadline, but CPU
 * work on a router's text is not a wait, and a poll thread can also be held by something no timeout reaches. A poll
 * still running {@code limit} after it started is recorded {@code TIMEOUT} here, its concurrency slot is handed on and
 * its thread interrupted and abandoned; whatever it returns later is dropped, so each device gets exactly one result
 * and the sweep ends by the last device's start plus {@code limit}.
 */
final class PollWatchdog implements AutoCloseable {

    /** How often polls are looked at: small next to any deadline, so a stuck poll is ended close to its limit. */
    private static final long TICK_MILLIS = 100;

    private final Duration deadline;
    private final Duration margin;
    private final long limitNanos;
    private final Clock clock;
    private final Set<Watched> watching = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "driftwatch-watchdog");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * @param deadline the device deadline, which the poll itself keeps to when it can
     * @param margin   how much longer the watchdog waits before it ends the poll
     */
    PollWatchdog(Duration deadline, Duration margin, Clock clock) {
        this.deadline = deadline;
        this.margin = margin;
        this.limitNanos = deadline.plus(margin).toNanos();
        this.clock = clock;
        ticker.scheduleWithFixedDelay(this::endOverdue, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
    }

    /**
     * Starts watching a poll that is about to be handed to a thread.
     *
     * @param permit  the concurrency slot the poll holds, released exactly once, by whoever settles the poll
     * @param results where the poll's one result goes
     */
    Watched watch(PollTarget target, Semaphore permit, Queue<ProbeResult> results) {
        Watched watched = new Watched(target, permit, results, System.nanoTime(), clock.instant());
        watching.add(watched);
        return watched;
    }

    /** Polls still neither finished nor ended by the watchdog. */
    int watching() {
        return watching.size();
    }

    private void endOverdue() {
        long now = System.nanoTime();
        for (Watched watched : watching) {
            if (now - watched.start - limitNanos >= 0) {
                watched.abandon(now);
            }
        }
    }

    /** Stops the ticker; called once every poll of the sweep is recorded, or the sweep is given up. */
    @Override
    public void close() {
        ticker.shutdownNow();
    }

    /** One poll under watch: settled once, either by its own result or by the watchdog's {@code TIMEOUT}. */
    final class Watched {
        private final PollTarget target;
        private final Semaphore permit;
        private final Queue<ProbeResult> results;
        private final long start;
        private final Instant startedAt;
        private final AtomicBoolean settled = new AtomicBoolean();
        private volatile Thread thread;

        private Watched(PollTarget target, Semaphore permit, Queue<ProbeResult> results, long start,
                Instant startedAt) {
            this.target = target;
            this.permit = permit;
            this.results = results;
            this.start = start;
            this.startedAt = startedAt;
        }

        /** Names the thread the poll runs on, so an overdue poll can be interrupted. */
        void runsOn(Thread current) {
            thread = current;
            if (settled.get()) {
                // Ended before it even began (a starved executor): the poll should give up at once.
                current.interrupt();
            }
        }

        /** The poll's own result, recorded unless the watchdog already ended it. */
        void finished(ProbeResult result) {
            if (settle()) {
                permit.release();
                results.add(result);
            } else {
                Log.debugf("Dropped the late %s result of %s, whose poll the sweep watchdog had already ended",
                        result.status(), target.name());
            }
        }

        private void abandon(long now) {
            if (!settle()) {
                return;
            }
            long ranMs = TimeUnit.NANOSECONDS.toMillis(now - start);
            permit.release();
            results.add(ProbeResult.unanswered(target, PollStatus.TIMEOUT, "the sweep watchdog ended the poll: still"
                    + " running " + SshCollector.human(Duration.ofSeconds(ranMs / 1000)) + " after it started"
                    + " (device-deadline " + SshCollector.human(deadline) + " + watchdog-margin "
                    + SshCollector.human(margin) + ")", startedAt, ranMs, 1));
            Thread stuck = thread;
            if (stuck != null) {
                stuck.interrupt();
            }
            Log.warnf("Sweep watchdog: the poll of %s was still running %d ms after it started; recorded TIMEOUT and"
                    + " abandoned its thread", target.name(), ranMs);
        }

        private boolean settle() {
            if (!settled.compareAndSet(false, true)) {
                return false;
            }
            watching.remove(this);
            return true;
        }
    }
}
