package io.driftwatch.polling;

import io.driftwatch.domain.PollMode;
import io.driftwatch.domain.PollStatus;
import io.driftwatch.history.DeviceFacts;
import io.driftwatch.parsing.ParsedVersion;
import java.time.Instant;

/**
 * The outcome of polling one device in one sweep, retry included.
 *
 * @param facts          parsed facts when {@code status} is OK, else null
 * @param output         the raw output when the command ran (OK or PARSE_FAILED), else null
 * @param offeredHostKey the host key the device presented, as an OpenSSH line, or null
 * @param firstContact   no key was pinned before this poll, so {@code offeredHostKey} should be pinned
 * @param platform       the platform whose parser read (or, on PARSE_FAILED, failed to read) the output; null
 *                       when the poll never got that far or autodetection found no single platform
 * @param command        the command {@code output} answers, which a probe may have chosen; null when none ran
 * @param pollMode       the channel the command went through; null when none ran
 * @param shellLearned   why this poll found that the device needs its interactive shell (what exec answered), or
 *                       null when it did not learn that now
 */
public record ProbeResult(
        PollTarget target,
        PollStatus status,
        String reason,
        ParsedVersion facts,
        String output,
        String offeredHostKey,
        boolean firstContact,
        Instant startedAt,
        long durationMs,
        int attempts,
        String platform,
        String command,
        PollMode pollMode,
        String shellLearned) {

    /**
     * A poll that read no answer: nothing parsed, no output, no host key and no channel, judged as its target's
     * platform and command.
     */
    public static ProbeResult unanswered(PollTarget target, PollStatus status, String reason, Instant startedAt,
            long durationMs, int attempts) {
        return new ProbeResult(target, status, reason, null, null, null, false, startedAt, durationMs, attempts,
                target.effectivePlatform(), target.command(), null, null);
    }

    /** This result saying that no command ran. */
    public ProbeResult withoutCommand() {
        return new ProbeResult(target, status, reason, facts, output, offeredHostKey, firstContact, startedAt,
                durationMs, attempts, platform, null, pollMode, shellLearned);
    }

    /** The parsed facts as the history stores them, or null when nothing was parsed. */
    public DeviceFacts storedFacts() {
        return facts == null ? null : new DeviceFacts(facts.version(), facts.model(), facts.serial(),
                facts.hostname(), facts.uptime(), facts.image());
    }
}
