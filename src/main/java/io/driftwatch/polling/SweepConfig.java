package io.driftwatch.polling;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** When sweeps run and how hard they push. */
@ConfigMapping(prefix = "driftwatch.sweep")
public interface SweepConfig {

    /** Quartz-style cron for scheduled sweeps (seconds first), or {@code off} (or {@code disabled}). */
    @WithDefault("0 0/15 * * * ?")
    String cron();

    /**
     * Most devices polled at once. Sized for I/O-bound work (a poll mostly waits on the router), not for the CPU
     * count; on a Java 17 runtime each in-flight poll holds a platform thread.
     */
    @WithDefault("256")
    int maxConcurrency();

    /** Pause before the single retry of a device whose first attempt failed for a transient reason. */
    @WithDefault("2s")
    Duration retryDelay();

    /**
     * On shutdown (SIGTERM), how long a running sweep may wait for its in-flight polls; results that arrive in time
     * are recorded, the rest are cancelled, and the sweep is recorded as interrupted. Keep it, plus
     * {@code quarkus.shutdown.timeout} and a few seconds, under the pod's {@code terminationGracePeriodSeconds}.
     */
    @WithDefault("20s")
    Duration shutdownGrace();

    /**
     * How long past {@code driftwatch.ssh.device-deadline} the sweep waits for a poll before its watchdog records it
     * {@code TIMEOUT} and abandons (interrupts) its thread, so one stuck poll never holds a sweep: every sweep ends by
     * the last device's start plus the device deadline plus this margin.
     */
    @WithDefault("5s")
    Duration watchdogMargin();

    /** Most poll results written to the database in one transaction. */
    @WithDefault("200")
    int writeBatchSize();
}
