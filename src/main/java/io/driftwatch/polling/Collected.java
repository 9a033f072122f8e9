package io.driftwatch.polling;

/**
 * What one SSH attempt brought back: the command output on success, otherwise the failing status and why.
 *
 * @param offeredHostKey the key the device presented (OpenSSH line), or null when key exchange never happened
 * @param firstContact   whether no key was pinned for the device before this attempt
 */
record Collected(PollStatus status, String reason, String output, String offeredHostKey, boolean firstContact) {

    static Collected failed(PollStatus status, String reason, HostKeyCheck check) {
        return new Collected(status, reason, null, offeredLine(check), check.firstContact());
    }

    static Collected succeeded(String output, HostKeyCheck check) {
        return new Collected(PollStatus.OK, null, output, offeredLine(check), check.firstContact());
    }

    private static String offeredLine(HostKeyCheck check) {
        return check.offered() == null ? null : HostKeys.toLine(check.offered());
    }
}
