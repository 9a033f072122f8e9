package io.driftwatch.polling;

import io.driftwatch.domain.PollStatus;
import io.driftwatch.history.Sweep;
import io.driftwatch.inventory.Inventory;
import io.driftwatch.inventory.InventoryService;
import io.driftwatch.text.RouterText;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * Runs sweeps, one at a time: re-read the inventory, poll every device in parallel (at most
 * {@code max-concurrency} at once), and record results in batches as they arrive.
 */
@ApplicationScoped
public class SweepService {

    private static final long IDLE = 0;
    private static final Duration FINISH_MARGIN = Duration.ofSeconds(5);
    /** Who asked for a scheduled sweep, as stored in its {@code requested_by}. */
    public static final String SCHEDULE = "schedule";

    private final InventoryService inventory;
    private final SweepPlanner planner;
    private final DevicePoller poller;
    private final SweepLog sweepLog;
    private final SweepRecorder recorder;
    private final SweepExecutor executor;
    private final SweepConfig config;
    private final SshConfig sshConfig;
    private final Clock clock;
    private final Event<SweepFinished> finished;
    private final AtomicLong running = new AtomicLong(IDLE);
    private final AtomicBoolean stopping = new AtomicBoolean();
    /** When a stopping daemon stops waiting for in-flight polls (System.nanoTime); set before {@link #stopping}. */
    private volatile long stopDeadline;
    private final AtomicInteger inFlight = new AtomicInteger();
    /** The threads of the polls in flight, so a stop can cancel those it will not wait for. */
    private final Set<Thread> polling = ConcurrentHashMap.newKeySet();
    private final ExecutorService runner = Executors.newSingleThreadExecutor(named("driftwatch-sweep"));
    private final ExecutorService writer = Executors.newSingleThreadExecutor(named("driftwatch-writer"));

    public SweepService(InventoryService inventory, SweepPlanner planner, DevicePoller poller, SweepLog sweepLog,
            SweepRecorder recorder, SweepExecutor executor, SweepConfig config, SshConfig sshConfig, Clock clock,
            Event<SweepFinished> finished) {
        this.inventory = inventory;
        this.planner = planner;
        this.poller = poller;
        this.sweepLog = sweepLog;
        this.recorder = recorder;
        this.executor = executor;
        this.config = config;
        this.sshConfig = sshConfig;
        this.clock = clock;
        this.finished = finished;
    }

    void onStart(@Observes StartupEvent event) {
        int abandoned = sweepLog.closeAbandoned();
        if (abandoned > 0) {
            Log.warnf("Marked %d sweep(s) left running by a previous process as interrupted", abandoned);
        }
    }

    /**
     * Starts a sweep in the background unless one is running.
     *
     * @return the new sweep's id, or empty when a sweep is already running (it is skipped, not queued)
     */
    public Optional<Long> start(Sweep.Trigger trigger) {
        return start(trigger, trigger == Sweep.Trigger.SCHEDULED ? SCHEDULE : null);
    }

    /**
     * Starts a sweep in the background unless one is running, recorded with who asked for it.
     *
     * @param requestedBy the user's name, or {@value #SCHEDULE} for the cron
     * @return the new sweep's id, or empty when a sweep is already running (it is skipped, not queued)
     */
    public synchronized Optional<Long> start(Sweep.Trigger trigger, String requestedBy) {
        if (running.get() != IDLE || stopping.get()) {
            return Optional.empty();
        }
        long id = sweepLog.open(trigger, requestedBy);
        running.set(id);
        runner.execute(() -> run(id));
        return Optional.of(id);
    }

    /** The id of the sweep in progress, if any. */
    public Optional<Long> runningSweep() {
        long id = running.get();
        return id == IDLE ? Optional.empty() : Optional.of(id);
    }

    /** Device polls (SSH sessions) in progress. */
    public int pollsInFlight() {
        return inFlight.get();
    }

    private void run(long sweepId) {
        long started = System.nanoTime();
        SweepTimes times = new SweepTimes();
        int polled = 0;
        Sweep.State state = Sweep.State.INTERRUPTED;
        try {
            Inventory current = inventory.reload();
            times.loaded = System.nanoTime();
            List<PollTarget> targets = planner.plan(sweepId, current);
            sweepLog.setDevices(sweepId, targets.size());
            times.planned = System.nanoTime();
            polled = pollAll(sweepId, targets, times);
            state = polled == targets.size() ? Sweep.State.COMPLETED : Sweep.State.INTERRUPTED;
        } catch (RuntimeException e) {
            Log.errorf(e, "Sweep %d failed", sweepId);
        } finally {
            Map<PollStatus, Integer> counts = Map.of();
            try {
                counts = sweepLog.finish(sweepId, state, polled);
            } finally {
                running.set(IDLE);
            }
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            Log.infof("Sweep %d %s: %d devices in %.1f s, %s (inventory %.1f s, plan %.1f s, last poll done at %.1f s,"
                    + " database %.1f s busy)", sweepId, state.name().toLowerCase(), polled, took.toMillis() / 1000.0,
                    perStatus(counts), times.seconds(started, times.loaded), times.seconds(times.loaded, times.planned),
                    times.seconds(started, times.lastResult), times.writeNanos / 1e9);
            try {
                finished.fire(new SweepFinished(sweepId, state, polled, took));
            } catch (RuntimeException e) {
                Log.errorf(e, "Reporting the end of sweep %d failed", sweepId);
            }
        }
    }

    /**
     * Polls every target and returns how many results were recorded. This thread only dispatches; a writer thread
     * records results in batches as they arrive, so no poll ever waits for the database. A {@link PollWatchdog}
     * settles each poll exactly once, with its own result or with {@code TIMEOUT} once it outlives
     * {@code device-deadline} + {@code watchdog-margin}, so the sweep ends whatever a poll thread does.
     */
    private int pollAll(long sweepId, List<PollTarget> targets, SweepTimes times) {
        Semaphore permits = new Semaphore(config.maxConcurrency());
        BlockingQueue<ProbeResult> results = new LinkedBlockingQueue<>();
        AtomicInteger submitted = new AtomicInteger();
        AtomicBoolean dispatched = new AtomicBoolean();
        CompletableFuture<Integer> recorded = CompletableFuture.supplyAsync(
                () -> recordAll(sweepId, results, submitted, dispatched, times), writer);
        PollWatchdog watchdog = new PollWatchdog(sshConfig.deviceDeadline(), config.watchdogMargin(), clock);
        try {
            for (PollTarget target : targets) {
                while (!stopping.get() && !acquire(permits)) {
                    // Wait for a free slot, checking now and then whether the daemon is stopping.
                }
                if (stopping.get()) {
                    break;
                }
                submitted.incrementAndGet();
                PollWatchdog.Watched watched = watchdog.watch(target, permits, results);
                executor.execute(() -> {
                    inFlight.incrementAndGet();
                    polling.add(Thread.currentThread());
                    watched.runsOn(Thread.currentThread());
                    ProbeResult result;
                    try {
                        result = poller.poll(target);
                    } catch (RuntimeException | Error e) {
                        result = ProbeResult.unanswered(target, PollStatus.ERROR,
                                RouterText.clean(SshCollector.rootMessage(e)), clock.instant(), 0, 1);
                    } finally {
                        polling.remove(Thread.currentThread());
                        inFlight.decrementAndGet();
                    }
                    watched.finished(result);
                });
            }
        } finally {
            dispatched.set(true);
        }
        try {
            return recorded.join();
        } finally {
            watchdog.close();
        }
    }

    /**
     * Writes results in batches until every dispatched poll is recorded, or the daemon is stopping and its grace
     * is over. Each batch is one transaction, so a stop never leaves half a result.
     */
    private int recordAll(long sweepId, BlockingQueue<ProbeResult> results, AtomicInteger submitted,
            AtomicBoolean dispatched, SweepTimes times) {
        int recorded = 0;
        List<ProbeResult> batch = new ArrayList<>(config.writeBatchSize());
        while (!(dispatched.get() && recorded == submitted.get())) {
            if (stopping.get() && System.nanoTime() - stopDeadline >= 0) {
                break;
            }
            try {
                ProbeResult first = results.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            results.drainTo(batch, config.writeBatchSize() - 1);
            long writeStart = System.nanoTime();
            times.lastResult = writeStart;
            write(sweepId, batch);
            times.writeNanos += System.nanoTime() - writeStart;
            recorded += batch.size();
            batch.clear();
        }
        return recorded;
    }

    /**
     * Records one batch, whatever the database thinks of it: a refused batch is retried a result at a time, each its
     * own transaction, and a result still refused is recorded as its device's {@code ERROR} without anything the
     * router sent. One bad row must not cost the other devices their results, nor the sweep its end; nothing thrown
     * here may end the writer either (it would leave the sweep waiting for results never recorded).
     */
    void write(long sweepId, List<ProbeResult> batch) {
        try {
            recorder.record(sweepId, batch);
            return;
        } catch (Throwable refused) {
            Log.warnf("Sweep %d: the database refused a batch of %d result(s) (%s); recording them one at a time",
                    sweepId, batch.size(), refusal(refused));
        }
        for (ProbeResult result : batch) {
            try {
                recorder.record(sweepId, List.of(result));
            } catch (Throwable refused) {
                String why = refusal(refused);
                Log.warnf("Sweep %d: the database refused the result of device %s (%s); recording it as an error",
                        sweepId, RouterText.forLog(result.target().name()), why);
                try {
                    recorder.record(sweepId, List.of(unstorable(result, why)));
                } catch (Throwable alsoRefused) {
                    Log.errorf(alsoRefused, "Sweep %d: device %s keeps its previous state: even its error was refused",
                            sweepId, RouterText.forLog(result.target().name()));
                }
            }
        }
    }

    /**
     * What is kept of a result the database refused: its device's ERROR, why, and the poll's timing; none of the
     * router's text (the likely cause) and no host key to pin.
     */
    static ProbeResult unstorable(ProbeResult result, String why) {
        return ProbeResult.unanswered(result.target(), PollStatus.ERROR, "the database refused to store this poll's"
                + " result (" + why + ")", result.startedAt(), result.durationMs(), result.attempts()).withoutCommand();
    }

    /** The refusal's kind, for logs and reasons: exception types and SQL state, not messages that may quote data. */
    private static String refusal(Throwable refused) {
        Throwable root = refused;
        String sqlState = null;
        for (Throwable t = refused; t != null; t = t.getCause() == t ? null : t.getCause()) {
            root = t;
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
                sqlState = sql.getSQLState();
            }
        }
        return root.getClass().getSimpleName() + (sqlState == null ? "" : ", SQL state " + sqlState);
    }

    private static boolean acquire(Semaphore permits) {
        try {
            return permits.tryAcquire(100, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** "OK 240, AUTH_FAILED 2, TIMEOUT 1": every status with a device, in the enum's order. */
    private static String perStatus(Map<PollStatus, Integer> counts) {
        String text = counts.entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> e.getKey().name() + " " + e.getValue()).collect(Collectors.joining(", "));
        return text.isEmpty() ? "none polled" : text;
    }

    /** Where a sweep's time went, for its log line. */
    private static final class SweepTimes {
        volatile long loaded;
        volatile long planned;
        volatile long lastResult;
        volatile long writeNanos;

        double seconds(long start, long end) {
            return end == 0 ? 0 : (end - start) / 1e9;
        }
    }

    private static ThreadFactory named(String name) {
        return task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    void onStop(@Observes ShutdownEvent event) {
        stop(config.shutdownGrace());
    }

    /**
     * Stops taking new devices, waits up to {@code grace} for the polls in flight and records what comes back, then
     * cancels the rest; the running sweep ends {@code INTERRUPTED}. No sweep starts afterwards.
     */
    public void stop(Duration grace) {
        // Under start()'s lock, so no sweep starts after this; the wait below is outside it.
        synchronized (this) {
            if (stopping.get()) {
                return;
            }
            stopDeadline = System.nanoTime() + grace.toNanos();
            stopping.set(true);
        }
        runningSweep().ifPresent(id -> Log.infof("Stopping: sweep %d stops taking devices and waits up to %d s for"
                + " its %d poll(s) in flight", id, grace.toSeconds(), inFlight.get()));
        runner.shutdown();
        try {
            // The grace, then time for the last batch and the sweep's outcome to be written.
            if (!runner.awaitTermination(grace.toMillis() + FINISH_MARGIN.toMillis(), TimeUnit.MILLISECONDS)) {
                Log.warnf("The running sweep did not stop within %d s", grace.plus(FINISH_MARGIN).toSeconds());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            int cancelled = polling.size();
            polling.forEach(Thread::interrupt);
            if (cancelled > 0) {
                Log.infof("Cancelled %d poll(s) still in flight; their devices keep their previous state", cancelled);
            }
            writer.shutdown();
        }
    }
}
