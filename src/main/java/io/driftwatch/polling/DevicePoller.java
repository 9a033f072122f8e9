package io.driftwatch.polling;

import io.driftwatch.parsing.OutputParseException;
import io.driftwatch.parsing.ParsedVersion;
import io.driftwatch.parsing.ParserRegistry;
import io.driftwatch.parsing.VersionParser;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/** Polls one device: collect over SSH, retry once when that can help, parse. */
@ApplicationScoped
public class DevicePoller {

    private final SshCollector collector;
    private final ParserRegistry parsers;
    private final SshConfig sshConfig;
    private final SweepConfig sweepConfig;
    private final Clock clock;

    public DevicePoller(SshCollector collector, ParserRegistry parsers, SshConfig sshConfig, SweepConfig sweepConfig,
            Clock clock) {
        this.collector = collector;
        this.parsers = parsers;
        this.sshConfig = sshConfig;
        this.sweepConfig = sweepConfig;
        this.clock = clock;
    }

    public ProbeResult poll(PollTarget target) {
        Instant startedAt = clock.instant();
        if (target.setupError() != null) {
            return new ProbeResult(target, PollStatus.ERROR, target.setupError(), null, null, null, false, startedAt,
                    0, 0);
        }
        long start = System.nanoTime();
        long deadline = start + sshConfig.deviceDeadline().toNanos();
        Collected collected = collectWithinLoginCap(target, deadline);
        int attempts = 1;
        if (collected.status().retryable() && pauseBeforeRetry(deadline)) {
            Collected retry = collectWithinLoginCap(target, deadline);
            attempts++;
            // The first attempt's key still counts as the one offered if the retry never reached key exchange.
            collected = retry.offeredHostKey() == null && collected.offeredHostKey() != null
                    ? new Collected(retry.status(), retry.reason(), retry.output(), collected.offeredHostKey(),
                            collected.firstContact())
                    : retry;
        }
        long durationMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        if (collected.status() != PollStatus.OK) {
            return new ProbeResult(target, collected.status(), collected.reason(), null, null,
                    collected.offeredHostKey(), collected.firstContact(), startedAt, durationMs, attempts);
        }
        VersionParser parser = parsers.find(target.platform()).orElseThrow();
        try {
            ParsedVersion facts = parser.parse(collected.output());
            return new ProbeResult(target, PollStatus.OK, null, facts, collected.output(),
                    collected.offeredHostKey(), collected.firstContact(), startedAt, durationMs, attempts);
        } catch (OutputParseException e) {
            return new ProbeResult(target, PollStatus.PARSE_FAILED,
                    target.platform() + " parser: " + e.getMessage(), null, collected.output(),
                    collected.offeredHostKey(), collected.firstContact(), startedAt, durationMs, attempts);
        }
    }

    /**
     * One attempt, holding one of the credential's login permits for its whole length when the credential has
     * {@code max-sessions}; the permit is not held across the retry pause, so a waiting device can use it.
     */
    private Collected collectWithinLoginCap(PollTarget target, long deadline) {
        PollTarget.LoginSlots logins = target.logins();
        if (logins == null) {
            return collector.collect(target, deadline);
        }
        try {
            if (!logins.permits().tryAcquire(deadline - System.nanoTime(), TimeUnit.NANOSECONDS)) {
                return new Collected(PollStatus.TIMEOUT, "no free login for credential '" + logins.credential()
                        + "' (max-sessions " + logins.max() + ") within the device deadline", null, null,
                        target.acceptedHostKeys().isEmpty());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Collected(PollStatus.ERROR, "interrupted (the daemon is stopping)", null, null,
                    target.acceptedHostKeys().isEmpty());
        }
        try {
            return collector.collect(target, deadline);
        } finally {
            logins.permits().release();
        }
    }

    /** Sleeps the retry delay if the deadline leaves room for it; false when no retry should be made. */
    private boolean pauseBeforeRetry(long deadline) {
        long delay = sweepConfig.retryDelay().toNanos();
        if (System.nanoTime() + delay >= deadline) {
            return false;
        }
        try {
            TimeUnit.NANOSECONDS.sleep(delay);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
