package io.driftwatch.polling;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** How Driftwatch talks SSH to routers. */
@ConfigMapping(prefix = "driftwatch.ssh")
public interface SshConfig {

    /** Longest wait for the TCP connection and SSH banner. */
    @WithDefault("10s")
    Duration connectTimeout();

    /** Longest wait for key exchange and authentication. */
    @WithDefault("15s")
    Duration authTimeout();

    /** Longest wait for the version command to finish once its channel is open. */
    @WithDefault("30s")
    Duration commandTimeout();

    /** Overall budget for one device in one sweep, retry included; every other wait is cut to fit in it. */
    @WithDefault("60s")
    Duration deviceDeadline();

    /** Largest command output accepted, in bytes; a larger one fails the poll instead of filling memory. */
    @WithDefault("1048576")
    int maxOutputBytes();

    /** {@code tofu}: pin the first key a device offers; {@code strict}: accept only keys from {@link #knownHosts()}. */
    @WithDefault("tofu")
    HostKeyMode hostKeyMode();

    /** OpenSSH known_hosts file used in strict mode. */
    Optional<Path> knownHosts();

    enum HostKeyMode {
        TOFU,
        STRICT
    }
}
