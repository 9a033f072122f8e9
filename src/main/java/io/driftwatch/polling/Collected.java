package io.driftwatch.polling;

import io.driftwatch.domain.PollMode;
import io.driftwatch.domain.PollStatus;
import io.driftwatch.text.RouterText;

/**
 * What one SSH attempt brought back: the command output on success, otherwise the failing status and why.
 *
 * @param offeredHostKey the key the device presented (OpenSSH line), or null when key exchange never happened
 * @param firstContact   whether no key was pinned for the device before this attempt
 * @param output         the command output on success; on a failure that cut a reply short (a time limit, a
 *                       dropped connection), what it had printed so far; else null
 * @param command        the command {@code output} answers; null after a probe no reply of which was recognised,
 *                       when {@code output} holds all of them
 * @param mode           the channel the command went through; null when no command ran
 * @param shellLearned   why this attempt found that the device needs its shell (its exec answer), or null
 */
record Collected(PollStatus status, String reason, String output, String offeredHostKey, boolean firstContact,
        String command, PollMode mode, String shellLearned) {

    Collected(PollStatus status, String reason, String output, String offeredHostKey, boolean firstContact) {
        this(status, reason, output, offeredHostKey, firstContact, null, null, null);
    }

    Collected(PollStatus status, String reason, String output, String offeredHostKey, boolean firstContact,
            String command) {
        this(status, reason, output, offeredHostKey, firstContact, command, null, null);
    }

    /** This attempt's outcome, noting that it learned the device needs its shell and why. */
    Collected learnedShell(String why) {
        return new Collected(status, reason, output, offeredHostKey, firstContact, command, mode, why);
    }

    /**
     * A failed attempt. The reason is cleaned here because it may quote the router: its stderr, its disconnect or
     * channel-refusal message.
     */
    static Collected failed(PollStatus status, String reason, HostKeyCheck check) {
        return new Collected(status, RouterText.clean(reason), null, offeredLine(check), check.firstContact());
    }

    /** A failure that still brought part of a reply: what {@code command} printed before it was cut short. */
    static Collected cutShort(PollStatus status, String reason, String command, String partial, HostKeyCheck check) {
        return new Collected(status, reason, partial, offeredLine(check), check.firstContact(), command);
    }

    static Collected succeeded(SshCollector.Reply reply, HostKeyCheck check) {
        return new Collected(PollStatus.OK, null, reply.output(), offeredLine(check), check.firstContact(),
                reply.command(), reply.mode(), reply.shellLearned());
    }

    private static String offeredLine(HostKeyCheck check) {
        return check.offered() == null ? null : HostKeys.toLine(check.offered());
    }
}
