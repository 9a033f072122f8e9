package io.driftwatch.polling;

import io.quarkus.logging.Log;
import io.quarkus.virtual.threads.VirtualThreads;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Where polls run. On Java 21+ Quarkus's managed virtual-thread executor, so a blocked poll costs almost nothing.
 * On Java 17 a pool of platform threads of its own, sized to the sweep's concurrency: Quarkus's fallback would be
 * the shared worker pool, which a sweep would take away from the web pages.
 */
@ApplicationScoped
public class SweepExecutor {

    private final ExecutorService executor;
    private final boolean virtualThreads;

    public SweepExecutor(@VirtualThreads Instance<ExecutorService> virtualExecutor, SweepConfig config) {
        this.virtualThreads = Runtime.version().feature() >= 21;
        if (virtualThreads) {
            this.executor = virtualExecutor.get();
        } else {
            int threads = config.maxConcurrency();
            ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS,
                    new LinkedBlockingQueue<>(), platformThreads());
            pool.allowCoreThreadTimeOut(true);
            this.executor = pool;
            Log.infof("Java %d has no virtual threads: polls run on up to %d platform threads",
                    Runtime.version().feature(), threads);
        }
    }

    public void execute(Runnable task) {
        executor.execute(task);
    }

    @PreDestroy
    void stop() {
        if (!virtualThreads) {
            executor.shutdownNow();
        }
    }

    private static ThreadFactory platformThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "driftwatch-poll-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
