package io.driftwatch.health;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A scheduled job that only notes the time. If it stops ticking, the scheduler or the worker threads it runs on
 * are stuck, which no router or database outage can cause: the one failure a restart fixes.
 */
@ApplicationScoped
public class Heartbeat {

    private final Clock clock;
    private final AtomicReference<Instant> last;

    public Heartbeat(Clock clock) {
        this.clock = clock;
        this.last = new AtomicReference<>(clock.instant());
    }

    @Scheduled(identity = "heartbeat", every = "${driftwatch.health.heartbeat-interval:10s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        last.set(clock.instant());
    }

    /** When the heartbeat last ticked; the bean's creation counts as the first tick. */
    public Instant last() {
        return last.get();
    }
}
