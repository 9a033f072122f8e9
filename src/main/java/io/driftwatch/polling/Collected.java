package io.driftwatch.polling;

/**
 * What one SSH attempt brought back: the command output on success, otherwise the failing status and why.
 *
 * @param offeredHostKey the key the device presented (OpenSSH line), or null when key exchange never happened
 * @param firstContact   whether no key was pinned for the device before this attempt
 * @param output         the command output on success; on a failure that cut a reply short (a time limit, a
 *                       dropped connection), what it had printed so far; else null
 * @param command        the command {@code output} answers; null after a probe no reply of which was recognised,
 *                       when {@code output} holds all of them
 */
record Collected(PollStatus status, String reason, String output, String offeredHostKey, boolean firstContact,
        String command) {

    Collected(PollStatus status, String reason, String output, String offeredHostKey, boolean firstContact) {
        this(status, reason, output, offeredHostKey, firstContact, null);
    }

    static Collected failed(PollStatus status, String reason, HostKeyCheck check) {
        return new Collected(status, reason, null, offeredLine(check), check.firstContact());
    }

    /** A failure that still brought part of a reply: what {@code command} printed before it was cut short. */
    static Collected cutShort(PollStatus status, String reason, String command, String partial, HostKeyCheck check) {
        return new Collected(status, reason, partial, offeredLine(check), check.firstContact(), command);
    }

    static Collected succeeded(SshCollector.Reply reply, HostKeyCheck check) {
        return new Collected(PollStatus.OK, null, reply.output(), offeredLine(check), check.firstContact(),
                reply.command());
    }

    private static String offeredLine(HostKeyCheck check) {
        return check.offered() == null ? null : HostKeys.toLine(check.offered());
    }
}
