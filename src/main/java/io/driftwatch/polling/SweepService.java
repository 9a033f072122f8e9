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
import java.util.Iterator;
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
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/**
 * Runs sweeps, one at a time: re-read the inventory, poll every device in parallel (at most
 * {@code max-concurrency} at once), and record results in batches as they arrive.
 */
@ApplicationScoped
public class SweepService {

    private static final long IDLE = 0;
    private static final Duration FINISH_MARGIN = Duration.ofSeconds(5);
    /** How long the writer waits for more results before it writes a batch that is not full. */
    private static final Duration WRITE_LINGER = Duration.ofMillis(250);
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
    private final Event<SweepLeft> left;
    private final ClusterSweeps cluster;
    private final AtomicLong running = new AtomicLong(IDLE);
    private final AtomicBoolean stopping = new AtomicBoolean();
    /** When a stopping daemon stops waiting for in-flight polls (System.nanoTime); set before {@link #stopping}. */
    private volatile long stopDeadline;
    private final AtomicInteger inFlight = new AtomicInteger();
    /** The threads of the polls in flight, so a stop can cancel those it will not wait for. */
    private final Set<Thread> polling = ConcurrentHashMap.newKeySet();
    private final ExecutorService runner = Executors.newSingleThreadExecutor(named("driftwatch-sweep"));
    private final ExecutorService writer = Executors.newSingleThreadExecutor(named("driftwatch-writer"));
    /**
     * In a cluster: the heartbeat on a thread of its own, so nothing else delays the renewal of this replica's
     * claims; and looking for a cluster sweep to join.
     */
    private final ScheduledExecutorService heartbeat = Executors
            .newSingleThreadScheduledExecutor(named("driftwatch-heartbeat"));
    private final ScheduledExecutorService clusterTimer = Executors
            .newSingleThreadScheduledExecutor(named("driftwatch-cluster"));

    public SweepService(InventoryService inventory, SweepPlanner planner, DevicePoller poller, SweepLog sweepLog,
            SweepRecorder recorder, SweepExecutor executor, SweepConfig config, SshConfig sshConfig, Clock clock,
            Event<SweepFinished> finished, Event<SweepLeft> left, ClusterSweeps cluster) {
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
        this.left = left;
        this.cluster = cluster;
    }

    void onStart(@Observes StartupEvent event) {
        if (cluster.node().enabled()) {
            joinCluster();
            return;
        }
        int abandoned = sweepLog.closeAbandoned();
        if (abandoned > 0) {
            Log.warnf("Marked %d sweep(s) left running by a previous process as interrupted", abandoned);
        }
    }

    /**
     * A running cluster sweep is not this replica's to close at start-up: the others go on with it. The claims a
     * killed process of the same node id left are given back at once, then the replica beats every quarter lease
     * and joins whichever sweep runs.
     */
    private void joinCluster() {
        int released = cluster.claims().releaseAll();
        Log.infof("Cluster: node %s, zone %s, lease %s%s", cluster.node().nodeId(),
                cluster.node().zone().orElse("none"), cluster.node().lease(),
                released > 0 ? "; gave back " + released + " device(s) claimed by this node's previous process" : "");
        long beat = Math.max(1000, cluster.node().lease().toMillis() / 4);
        heartbeat.scheduleWithFixedDelay(() -> {
            try {
                cluster.heartbeat();
            } catch (RuntimeException e) {
                Log.warnf("Cluster heartbeat failed (%s); trying again", e.getClass().getSimpleName());
            }
        }, 0, beat, TimeUnit.MILLISECONDS);
        clusterTimer.scheduleWithFixedDelay(this::joinRunning, 0,
                cluster.node().config().pollInterval().toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Joins the running cluster sweep unless this replica already takes part in one or is stopping. */
    private void joinRunning() {
        try {
            synchronized (this) {
                if (running.get() != IDLE || stopping.get()) {
                    return;
                }
                cluster.running().ifPresent(id -> {
                    running.set(id);
                    runner.execute(() -> takePart(id));
                });
            }
        } catch (RuntimeException e) {
            Log.warnf("Looking for a cluster sweep failed (%s); trying again", e.getClass().getSimpleName());
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
        if (stopping.get()) {
            return Optional.empty();
        }
        if (cluster.node().enabled()) {
            Optional<Long> opened = cluster.open(trigger, requestedBy, inventory.reload());
            opened.ifPresent(id -> Log.infof("Cluster sweep %d opened by %s", id, cluster.node().nodeId()));
            joinRunning();
            return opened;
        }
        if (running.get() != IDLE) {
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
        if (id == IDLE && cluster.node().enabled()) {
            return cluster.running();
        }
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
            polled = pollAll(sweepId, Targets.of(targets), times);
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
     * This replica's part of a cluster sweep: claims devices while it has free slots, polls and records them, until
     * the sweep is closed (here or by another replica). At a stop its unrecorded claims are given back at once.
     */
    private void takePart(long sweepId) {
        long started = System.nanoTime();
        SweepTimes times = new SweepTimes();
        int polled = 0;
        ClaimedTargets targets = null;
        try {
            Inventory current = inventory.reload();
            times.loaded = System.nanoTime();
            targets = new ClaimedTargets(sweepId, cluster, planner, planner.batches(current), config.maxConcurrency());
            times.planned = System.nanoTime();
            polled = pollAll(sweepId, targets, times);
        } catch (RuntimeException e) {
            Log.errorf(e, "Sweep %d: this replica's part failed", sweepId);
        } finally {
            if (stopping.get()) {
                releaseClaims(sweepId);
            }
            running.set(IDLE);
            Log.infof("Sweep %d: node %s recorded %d device(s) in %.1f s (database %.1f s busy)", sweepId,
                    cluster.node().nodeId(), polled, (System.nanoTime() - started) / 1e9, times.writeNanos / 1e9);
            report(sweepId, targets == null ? Optional.empty() : targets.closedHere());
        }
    }

    private void releaseClaims(long sweepId) {
        try {
            int released = cluster.claims().releaseAll();
            if (released > 0) {
                Log.infof("Sweep %d: gave back %d device(s) to the other replicas", sweepId, released);
            }
        } catch (RuntimeException e) {
            Log.warnf("Sweep %d: giving back claims failed (%s); they return to the others when their lease runs"
                    + " out", sweepId, e.getClass().getSimpleName());
        }
    }

    private void report(long sweepId, Optional<ClusterSweeps.Closed> closedHere) {
        try {
            if (closedHere.isPresent()) {
                ClusterSweeps.Closed closed = closedHere.get();
                Log.infof("Sweep %d completed: %d devices recorded by the cluster in %.1f s%s", sweepId,
                        closed.recorded(), closed.took().toMillis() / 1000.0,
                        closed.skipped() > 0 ? ", " + closed.skipped() + " not polled (no live replica in their zone)"
                                : "");
                finished.fire(new SweepFinished(sweepId, Sweep.State.COMPLETED, closed.recorded(), closed.took()));
            } else if (!stopping.get()) {
                left.fire(new SweepLeft(sweepId));
            }
        } catch (RuntimeException e) {
            Log.errorf(e, "Reporting the end of sweep %d failed", sweepId);
        }
    }

    /**
     * Polls every target and returns how many results were recorded. This thread only dispatches; a writer thread
     * records results in batches as they arrive, so no poll ever waits for the database. A {@link PollWatchdog}
     * settles each poll exactly once, with its own result or with {@code TIMEOUT} once it outlives
     * {@code device-deadline} + {@code watchdog-margin}, so the sweep ends whatever a poll thread does.
     */
    private int pollAll(long sweepId, Targets targets, SweepTimes times) {
        Semaphore permits = new Semaphore(config.maxConcurrency());
        BlockingQueue<ProbeResult> results = new LinkedBlockingQueue<>();
        AtomicInteger submitted = new AtomicInteger();
        AtomicInteger recorded = new AtomicInteger();
        AtomicBoolean dispatched = new AtomicBoolean();
        CompletableFuture<Integer> writing = CompletableFuture.supplyAsync(
                () -> recordAll(sweepId, results, submitted, recorded, dispatched, times), writer);
        PollWatchdog watchdog = new PollWatchdog(sshConfig.deviceDeadline(), config.watchdogMargin(), clock);
        try {
            dispatching : while (!stopping.get()) {
                if (!acquire(permits)) {
                    continue;
                }
                if (stopping.get()) {
                    permits.release();
                    break;
                }
                List<PollTarget> batch = targets.next(permits.availablePermits() + 1,
                        submitted.get() == recorded.get());
                if (batch == null || batch.isEmpty()) {
                    permits.release();
                    if (batch == null) {
                        break;
                    }
                    pause(cluster.node().config().pollInterval());
                    continue;
                }
                for (int i = 0; i < batch.size(); i++) {
                    // The first target takes the slot acquired above; each further one waits for its own.
                    while (i > 0 && !acquire(permits)) {
                        if (stopping.get()) {
                            break dispatching;
                        }
                    }
                    submitted.incrementAndGet();
                    dispatch(batch.get(i), watchdog.watch(batch.get(i), permits, results));
                }
            }
        } finally {
            dispatched.set(true);
        }
        try {
            return writing.join();
        } finally {
            watchdog.close();
        }
    }

    private void dispatch(PollTarget target, PollWatchdog.Watched watched) {
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

    private static void pause(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Writes results in batches until every dispatched poll is recorded, or the daemon is stopping and its grace
     * is over. Each batch is one transaction, so a stop never leaves half a result.
     */
    private int recordAll(long sweepId, BlockingQueue<ProbeResult> results, AtomicInteger submitted,
            AtomicInteger recorded, AtomicBoolean dispatched, SweepTimes times) {
        List<ProbeResult> batch = new ArrayList<>(config.writeBatchSize());
        while (!(dispatched.get() && recorded.get() == submitted.get())) {
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
            gather(results, batch, () -> dispatched.get() && recorded.get() + batch.size() >= submitted.get());
            long writeStart = System.nanoTime();
            times.lastResult = writeStart;
            write(sweepId, batch);
            times.writeNanos += System.nanoTime() - writeStart;
            recorded.addAndGet(batch.size());
            batch.clear();
        }
        return recorded.get();
    }

    /**
     * Adds to a batch the results that arrive within {@link #WRITE_LINGER} of its first, until it is full or holds
     * the sweep's last result. A transaction costs about as much CPU as the results in it, so when routers answer
     * one by one (slow servers, replies spread over time), writing each result as it came cost several times the
     * work of the poll itself.
     */
    private void gather(BlockingQueue<ProbeResult> results, List<ProbeResult> batch, BooleanSupplier allIn) {
        long until = System.nanoTime() + WRITE_LINGER.toNanos();
        while (true) {
            results.drainTo(batch, config.writeBatchSize() - batch.size());
            long left = until - System.nanoTime();
            if (batch.size() >= config.writeBatchSize() || allIn.getAsBoolean() || stopping.get() || left <= 0) {
                return;
            }
            try {
                ProbeResult next = results.poll(left, TimeUnit.NANOSECONDS);
                if (next == null) {
                    return;
                }
                batch.add(next);
            } catch (InterruptedException e) {
                // Written as it is; the writer's next wait sees the interrupt and stops.
                Thread.currentThread().interrupt();
                return;
            }
        }
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

    /** Where a sweep's devices come from: its planned list, or a cluster sweep's claims ({@link ClaimedTargets}). */
    interface Targets {

        /**
         * Up to {@code free} targets to poll now: empty when none are ready yet, null once there will be no more.
         *
         * @param idle whether every target handed out so far is recorded
         */
        List<PollTarget> next(int free, boolean idle);

        static Targets of(List<PollTarget> planned) {
            Iterator<PollTarget> rest = planned.iterator();
            return (free, idle) -> {
                if (!rest.hasNext()) {
                    return null;
                }
                List<PollTarget> next = new ArrayList<>(Math.min(free, 64));
                while (rest.hasNext() && next.size() < free) {
                    next.add(rest.next());
                }
                return next;
            };
        }
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
        clusterTimer.shutdownNow();
        heartbeat.shutdownNow();
        long sweep = running.get();
        if (sweep != IDLE) {
            Log.infof("Stopping: sweep %d stops taking devices and waits up to %d s for its %d poll(s) in flight",
                    sweep, grace.toSeconds(), inFlight.get());
        }
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
