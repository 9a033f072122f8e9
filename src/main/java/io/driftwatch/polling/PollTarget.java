package io.driftwatch.polling;

import io.driftwatch.inventory.DeviceSpec;
import io.driftwatch.inventory.GroupOptions;
import io.driftwatch.inventory.Secret;
import java.security.KeyPair;
import java.security.PublicKey;
import java.util.List;
import java.util.concurrent.Semaphore;

/**
 * Everything one poll needs, resolved before the sweep fans out so that polls touch neither the inventory nor
 * the database.
 *
 * @param platform         the inventory's platform, possibly {@value DeviceSpec#AUTODETECT}
 * @param detectedPlatform for an autodetect device, the platform an earlier probe found; else null
 * @param command          the version command of {@link #effectivePlatform()}; null when a probe must find it
 * @param acceptedHostKeys pinned key (trust on first use) or known_hosts keys (strict); empty = first contact
 * @param setupError       why the device cannot be polled at all (an unreadable private key), or null
 * @param algorithms       algorithms the device's group adds to the client's defaults for this session
 * @param shell            poll through an interactive shell rather than an exec channel (always so with enable)
 * @param enable           secret for the enable step, or null
 * @param jump             bastion to connect through, or null
 * @param logins           cap on simultaneous logins with the device's credential, or null for none
 * @param shellLearned     why an earlier poll found that this device needs its shell (what exec answered), when
 *                         that is why {@code shell} is set; null when the inventory decides, or exec works
 * @param revokedHostKeys  keys known_hosts marks {@code @revoked} for the device, refused whatever else it says
 */
public record PollTarget(
        long deviceId,
        String name,
        String host,
        int port,
        String platform,
        String detectedPlatform,
        String command,
        String username,
        Secret password,
        List<KeyPair> identities,
        List<PublicKey> acceptedHostKeys,
        String setupError,
        GroupOptions.SshAlgorithms algorithms,
        boolean shell,
        Secret enable,
        Jump jump,
        LoginSlots logins,
        String shellLearned,
        List<PublicKey> revokedHostKeys) {

    public PollTarget {
        identities = List.copyOf(identities);
        acceptedHostKeys = List.copyOf(acceptedHostKeys);
        revokedHostKeys = List.copyOf(revokedHostKeys);
    }

    /** A target for the device with this id and address, its other parts to be named on the builder. */
    public static Builder to(long deviceId, String name, String host, int port) {
        return new Builder(deviceId, name, host, port);
    }

    /** Whether the inventory left the platform to be found by a probe. */
    public boolean autodetect() {
        return DeviceSpec.AUTODETECT.equals(platform);
    }

    /** The platform whose command and parser this poll uses; null for an autodetect device not yet detected. */
    public String effectivePlatform() {
        return autodetect() ? detectedPlatform : platform;
    }

    /** This target asking another command, as a probe does. */
    PollTarget asking(String otherCommand) {
        return new PollTarget(deviceId, name, host, port, platform, detectedPlatform, otherCommand, username,
                password, identities, acceptedHostKeys, setupError, algorithms, shell, enable, jump, logins,
                shellLearned, revokedHostKeys);
    }

    /** This target polled through its shell from now on, because exec answered as {@code why} says. */
    PollTarget throughShell(String why) {
        return new PollTarget(deviceId, name, host, port, platform, detectedPlatform, command, username,
                password, identities, acceptedHostKeys, setupError, algorithms, true, enable, jump, logins, why,
                revokedHostKeys);
    }

    /**
     * A bastion and the login for it.
     *
     * @param acceptedHostKeys the bastion's keys from known_hosts in strict mode, or its key pinned in the database
     *                         in trust-on-first-use mode; empty on first contact
     * @param revokedHostKeys  keys known_hosts marks {@code @revoked} for the bastion
     * @param offerPending     whether a refused key of the bastion waits for an operator, to be dropped once the
     *                         pinned key is seen again
     */
    public record Jump(String host, int port, String username, Secret password, List<KeyPair> identities,
            List<PublicKey> acceptedHostKeys, List<PublicKey> revokedHostKeys, boolean offerPending) {

        public Jump {
            identities = List.copyOf(identities);
            acceptedHostKeys = List.copyOf(acceptedHostKeys);
            revokedHostKeys = List.copyOf(revokedHostKeys);
        }

        String address() {
            return host + ":" + port;
        }
    }

    /** One sweep's permits for one credential's {@code max-sessions}, shared by every target using it. */
    public record LoginSlots(String credential, int max, Semaphore permits) {
    }

    /** Names a target's parts one by one; what is left unnamed is absent (null, false or no keys). */
    public static final class Builder {
        private final long deviceId;
        private final String name;
        private final String host;
        private final int port;
        private String platform;
        private String detectedPlatform;
        private String command;
        private String username;
        private Secret password;
        private List<KeyPair> identities = List.of();
        private List<PublicKey> acceptedHostKeys = List.of();
        private List<PublicKey> revokedHostKeys = List.of();
        private String setupError;
        private GroupOptions.SshAlgorithms algorithms;
        private boolean shell;
        private String shellLearned;
        private Secret enable;
        private Jump jump;
        private LoginSlots logins;

        private Builder(long deviceId, String name, String host, int port) {
            this.deviceId = deviceId;
            this.name = name;
            this.host = host;
            this.port = port;
        }

        /** The inventory's platform, the one an earlier probe found (or null), and the command to ask (or null). */
        public Builder platform(String platform, String detectedPlatform, String command) {
            this.platform = platform;
            this.detectedPlatform = detectedPlatform;
            this.command = command;
            return this;
        }

        public Builder login(String username, Secret password, List<KeyPair> identities) {
            this.username = username;
            this.password = password;
            this.identities = identities;
            return this;
        }

        public Builder hostKeys(List<PublicKey> accepted, List<PublicKey> revoked) {
            this.acceptedHostKeys = accepted;
            this.revokedHostKeys = revoked;
            return this;
        }

        public Builder setupError(String setupError) {
            this.setupError = setupError;
            return this;
        }

        public Builder algorithms(GroupOptions.SshAlgorithms algorithms) {
            this.algorithms = algorithms;
            return this;
        }

        /** Whether to poll through the shell, and why an earlier poll found that it must (or null). */
        public Builder shell(boolean shell, String shellLearned) {
            this.shell = shell;
            this.shellLearned = shellLearned;
            return this;
        }

        public Builder enable(Secret enable) {
            this.enable = enable;
            return this;
        }

        public Builder jump(Jump jump) {
            this.jump = jump;
            return this;
        }

        public Builder logins(LoginSlots logins) {
            this.logins = logins;
            return this;
        }

        public PollTarget build() {
            return new PollTarget(deviceId, name, host, port, platform, detectedPlatform, command, username, password,
                    identities, acceptedHostKeys, setupError, algorithms, shell, enable, jump, logins, shellLearned,
                    revokedHostKeys);
        }
    }
}
