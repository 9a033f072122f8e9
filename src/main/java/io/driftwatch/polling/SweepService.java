package io.driftwatch.polling;

import io.driftwatch.history.Sweep;
import io.driftwatch.inventory.Inventory;
import io.driftwatch.inventory.InventoryService;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs sweeps, one at a time: re-read the inventory, poll every device in parallel (at most
 * {@code max-concurrency} at once), and record results in batches as they arrive.
 */
@ApplicationScoped
public class SweepService {

    private static final long IDLE = 0;

    private final InventoryService inventory;
    private final SweepPlanner planner;
    private final DevicePoller poller;
    private final SweepRecorder recorder;
    private final SweepExecutor executor;
    private final SweepConfig config;
    private final Clock clock;
    private final AtomicLong running = new AtomicLong(IDLE);
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final ExecutorService runner = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "driftwatch-sweep");
        thread.setDaemon(true);
        return thread;
    });

    public SweepService(InventoryService inventory, SweepPlanner planner, DevicePoller poller, SweepRecorder recorder,
            SweepExecutor executor, SweepConfig config, Clock clock) {
        this.inventory = inventory;
        this.planner = planner;
        this.poller = poller;
        this.recorder = recorder;
        this.executor = executor;
        this.config = config;
        this.clock = clock;
    }

    void onStart(@Observes StartupEvent event) {
        int abandoned = recorder.closeAbandoned();
        if (abandoned > 0) {
            Log.warnf("Marked %d sweep(s) left running by a previous process as interrupted", abandoned);
        }
    }

    /**
     * Starts a sweep in the background unless one is running.
     *
     * @return the new sweep's id, or empty when a sweep is already running (it is skipped, not queued)
     */
    public synchronized Optional<Long> start(Sweep.Trigger trigger) {
        if (running.get() != IDLE || stopping.get()) {
            return Optional.empty();
        }
        long id = recorder.open(trigger);
        running.set(id);
        runner.execute(() -> run(id));
        return Optional.of(id);
    }

    /** The id of the sweep in progress, if any. */
    public Optional<Long> runningSweep() {
        long id = running.get();
        return id == IDLE ? Optional.empty() : Optional.of(id);
    }

    private void run(long sweepId) {
        long started = System.nanoTime();
        int polled = 0;
        Sweep.State state = Sweep.State.INTERRUPTED;
        try {
            Inventory current = inventory.reload();
            List<PollTarget> targets = planner.plan(current);
            recorder.setDevices(sweepId, targets.size());
            polled = pollAll(sweepId, targets);
            state = polled == targets.size() ? Sweep.State.COMPLETED : Sweep.State.INTERRUPTED;
        } catch (RuntimeException e) {
            Log.errorf(e, "Sweep %d failed", sweepId);
        } finally {
            try {
                recorder.finish(sweepId, state, polled);
            } finally {
                running.set(IDLE);
            }
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            Log.infof("Sweep %d %s: %d devices in %.1f s", sweepId, state.name().toLowerCase(), polled,
                    took.toMillis() / 1000.0);
        }
    }

    /** Polls every target, writing results in batches; returns how many results were recorded. */
    private int pollAll(long sweepId, List<PollTarget> targets) {
        Semaphore permits = new Semaphore(config.maxConcurrency());
        BlockingQueue<ProbeResult> results = new LinkedBlockingQueue<>();
        int submitted = 0;
        int recorded = 0;
        for (PollTarget target : targets) {
            if (stopping.get()) {
                break;
            }
            // Record while waiting for a free slot, so results never pile up behind a full executor.
            while (!acquire(permits)) {
                recorded += recordAvailable(sweepId, results, false);
            }
            executor.execute(() -> {
                try {
                    results.add(poller.poll(target));
                } catch (RuntimeException e) {
                    results.add(new ProbeResult(target, PollStatus.ERROR, SshCollector.rootMessage(e), null, null,
                            null, false, clock.instant(), 0, 1));
                } finally {
                    permits.release();
                }
            });
            submitted++;
            if (results.size() >= config.writeBatchSize()) {
                recorded += recordAvailable(sweepId, results, false);
            }
        }
        while (recorded < submitted) {
            int written = recordAvailable(sweepId, results, true);
            if (written == 0 && stopping.get()) {
                break;
            }
            recorded += written;
        }
        return recorded;
    }

    private int recordAvailable(long sweepId, BlockingQueue<ProbeResult> results, boolean wait) {
        List<ProbeResult> batch = new ArrayList<>(config.writeBatchSize());
        try {
            ProbeResult first = wait ? results.poll(250, TimeUnit.MILLISECONDS) : results.poll();
            if (first == null) {
                return 0;
            }
            batch.add(first);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
        results.drainTo(batch, config.writeBatchSize() - 1);
        recorder.record(sweepId, batch);
        return batch.size();
    }

    private static boolean acquire(Semaphore permits) {
        try {
            return permits.tryAcquire(100, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Stops taking new devices, lets in-flight polls finish for a bounded time, and records what came back. */
    void onStop(@Observes ShutdownEvent event) {
        stopping.set(true);
        runner.shutdown();
        try {
            if (!runner.awaitTermination(15, TimeUnit.SECONDS)) {
                Log.warn("The running sweep did not stop within 15 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
