package io.driftwatch.inventory;

import java.util.List;

/**
 * How to talk to the devices of one group, from the inventory's {@code groups:} mapping. Every option is opt-in;
 * {@link #DEFAULTS} is what a group without an entry gets.
 *
 * @param ssh      algorithms added, at lowest preference, to the client's defaults for this group's sessions only
 * @param shell    poll through an interactive shell instead of an exec channel
 * @param jumpHost bastion to connect through, or null
 * @param enable   secret for the {@code enable} step before the version command, or null for none
 * @param zone     zone of the group's devices that name none themselves, or null
 */
public record GroupOptions(SshAlgorithms ssh, boolean shell, JumpHost jumpHost, Secret enable, String zone) {

    public static final GroupOptions DEFAULTS = new GroupOptions(SshAlgorithms.NONE, false, null, null, null);

    /** Whether the poll has to go through an interactive shell: asked for, or needed by the enable step. */
    public boolean needsShell() {
        return shell || enable != null;
    }

    /**
     * Extra SSH algorithms by their wire names, each already checked to be one the client implements.
     */
    public record SshAlgorithms(List<String> kex, List<String> ciphers, List<String> macs,
            List<String> hostKeyAlgorithms) {

        public static final SshAlgorithms NONE = new SshAlgorithms(List.of(), List.of(), List.of(), List.of());

        public SshAlgorithms {
            kex = List.copyOf(kex);
            ciphers = List.copyOf(ciphers);
            macs = List.copyOf(macs);
            hostKeyAlgorithms = List.copyOf(hostKeyAlgorithms);
        }

        public boolean isEmpty() {
            return kex.isEmpty() && ciphers.isEmpty() && macs.isEmpty() && hostKeyAlgorithms.isEmpty();
        }
    }

    /** @param credential name of an entry under {@code credentials}, used to log in to the bastion itself */
    public record JumpHost(String host, int port, String credential) {
    }
}
