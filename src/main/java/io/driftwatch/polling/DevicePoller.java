package io.driftwatch.polling;

import io.driftwatch.domain.PollStatus;
import io.driftwatch.parsing.OutputParseException;
import io.driftwatch.parsing.ParsedVersion;
import io.driftwatch.parsing.ParserRegistry;
import io.driftwatch.parsing.PlatformDetector;
import io.driftwatch.parsing.VersionParser;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BiPredicate;
import java.util.function.Supplier;

/** Polls one device: collect over SSH, retry once when that can help, parse; find the platform first if asked. */
@ApplicationScoped
public class DevicePoller {

    private final SshCollector collector;
    private final ParserRegistry parsers;
    private final SshConfig sshConfig;
    private final SweepConfig sweepConfig;
    private final Clock clock;
    private final PlatformDetector detector;

    public DevicePoller(SshCollector collector, ParserRegistry parsers, PlatformDetector detector,
            SshConfig sshConfig, SweepConfig sweepConfig, Clock clock) {
        this.collector = collector;
        this.parsers = parsers;
        this.detector = detector;
        this.sshConfig = sshConfig;
        this.sweepConfig = sweepConfig;
        this.clock = clock;
    }

    public ProbeResult poll(PollTarget target) {
        Instant startedAt = clock.instant();
        if (target.setupError() != null) {
            return ProbeResult.unanswered(target, PollStatus.ERROR, target.setupError(), startedAt, 0, 0)
                    .withoutCommand();
        }
        Poll poll = new Poll(target, startedAt, System.nanoTime());
        if (target.effectivePlatform() == null) {
            return detect(poll, "");
        }
        String platform = target.effectivePlatform();
        VersionParser parser = parsers.find(platform).orElseThrow();
        Collected collected = poll.collect(() -> keepAnswered(collectWithinLoginCap(target, poll.deadline,
                () -> collector.collect(target, poll.deadline)), (command, text) -> parser.versionSettled(text)));
        if (collected.status() != PollStatus.OK) {
            return poll.failed(collected);
        }
        try {
            return poll.parsed(collected, platform, parser.parse(collected.output()));
        } catch (OutputParseException e) {
            String reason = detector.explain(platform, collected.output(), e).reason();
            if (target.autodetect()) {
                // A wrong or stale guess (a replaced router, a new OS) is found again rather than reported forever.
                return detect(poll, "the detected platform " + reason + "; ");
            }
            return poll.result(PollStatus.PARSE_FAILED, reason, null, collected, platform);
        }
    }

    /**
     * Finds an autodetect device's platform: the probe asks the version commands in turn until one reply carries a
     * platform's signature, and that platform counts only if its parser confirms it and no other one does.
     *
     * @param why what came before, for the reason when nothing is found; empty on a first probe
     */
    private ProbeResult detect(Poll poll, String why) {
        PollTarget target = poll.target;
        List<String> commands = detector.probeCommands();
        Collected collected = poll.collect(() -> keepAnswered(collectWithinLoginCap(target, poll.deadline,
                () -> collector.probe(target, commands, (command, output) -> !detector.candidates(command, output)
                        .isEmpty(), poll.deadline)),
                (command, text) -> settled(detector.detect(command, text), text)));
        if (collected.status() != PollStatus.OK) {
            return poll.failed(collected);
        }
        if (collected.command() == null) {
            return poll.result(PollStatus.PARSE_FAILED, why + "autodetection found no platform: no reply to "
                    + String.join(", ", commands.stream().map(c -> "'" + c + "'").toList())
                    + " matched a platform's signature", null, collected, null);
        }
        PlatformDetector.Detection detection = detector.detect(collected.command(), collected.output());
        Optional<String> platform = detection.platform();
        if (platform.isEmpty()) {
            return poll.result(PollStatus.PARSE_FAILED, why + detection.failure(), null, collected, null);
        }
        Log.debugf("%s: autodetected %s from '%s'", target.name(), platform.get(), collected.command());
        return poll.parsed(collected, platform.get(), detection.confirmed().get(platform.get()));
    }

    /**
     * A reply cut short still counts when what came already answers: cutting a router off is no reason to lose what
     * it said, and some routers end an exec by hanging up, without an exit status, right after a complete reply. Only
     * complete lines count, whether a time limit or a dropped connection cut the reply, so a version cut in the middle
     * is never taken for a shorter one (which would be false drift), and only once the parser says the version is
     * settled (IOS-XE states it twice, the preferred line second). A reply that does not answer stays the failure it
     * is.
     *
     * @param answers whether a command's text is a usable answer, settled as the whole reply's would be
     */
    private static Collected keepAnswered(Collected collected, BiPredicate<String, String> answers) {
        if (collected.status() == PollStatus.OK || collected.output() == null || collected.command() == null) {
            return collected;
        }
        String text = collected.output().substring(0, collected.output().lastIndexOf('\n') + 1);
        if (text.isBlank() || !answers.test(collected.command(), text)) {
            return collected;
        }
        Log.debugf("Using a reply cut short, which already answers: %s", collected.reason());
        return new Collected(PollStatus.OK, null, text, collected.offeredHostKey(), collected.firstContact(),
                collected.command());
    }

    /** Whether a detection found a platform whose parser takes the text as the whole answer's version. */
    private boolean settled(PlatformDetector.Detection detection, String text) {
        return detection.platform().flatMap(parsers::find).map(parser -> parser.versionSettled(text)).orElse(false);
    }

    /** One device's poll in progress: its deadline, its attempts so far, and how results are made from them. */
    private final class Poll {
        final PollTarget target;
        final Instant startedAt;
        final long start;
        final long deadline;
        int attempts;
        /** The first attempt's key still counts as the one offered if a later one never reached key exchange. */
        String offeredHostKey;
        boolean firstContact;

        Poll(PollTarget target, Instant startedAt, long start) {
            this.target = target;
            this.startedAt = startedAt;
            this.start = start;
            this.deadline = start + sshConfig.deviceDeadline().toNanos();
            this.firstContact = target.acceptedHostKeys().isEmpty();
        }

        /**
         * Runs an attempt, and once more when that can help and the deadline leaves room. A reply a time limit cut
         * short is not tried again: the router was answering, slowly or without end, and would only do so again in
         * less time.
         */
        Collected collect(Supplier<Collected> attempt) {
            Collected collected = counted(attempt.get());
            boolean cutOffByTime = collected.status() == PollStatus.TIMEOUT && collected.output() != null;
            if (collected.status().retryable() && !cutOffByTime && pauseBeforeRetry(deadline)) {
                collected = counted(attempt.get());
            }
            return collected;
        }

        private Collected counted(Collected collected) {
            attempts++;
            if (collected.offeredHostKey() != null) {
                offeredHostKey = collected.offeredHostKey();
                firstContact = collected.firstContact();
            }
            return collected;
        }

        ProbeResult failed(Collected collected) {
            return result(collected.status(), collected.reason(), null, null, target.effectivePlatform());
        }

        ProbeResult parsed(Collected collected, String platform, ParsedVersion facts) {
            return result(PollStatus.OK, null, facts, collected, platform);
        }

        ProbeResult result(PollStatus status, String reason, ParsedVersion facts, Collected collected,
                String platform) {
            long durationMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            return new ProbeResult(target, status, reason, facts, collected == null ? null : collected.output(),
                    offeredHostKey, firstContact, startedAt, durationMs, attempts, platform,
                    collected == null ? null : collected.command(), collected == null ? null : collected.mode(),
                    collected == null ? null : collected.shellLearned());
        }
    }

    /**
     * One attempt, holding one of the credential's login permits for its whole length when the credential has
     * {@code max-sessions}; the permit is not held across the retry pause, so a waiting device can use it.
     */
    private Collected collectWithinLoginCap(PollTarget target, long deadline, Supplier<Collected> attempt) {
        PollTarget.LoginSlots logins = target.logins();
        if (logins == null) {
            return attempt.get();
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
            return attempt.get();
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
