package io.driftwatch.inventory;

import java.nio.file.Path;

/**
 * Login for a set of devices. At least one of {@code password} and {@code privateKey} is set.
 *
 * @param password    null when only key authentication is used
 * @param privateKey  path of an OpenSSH or PEM private key, or null
 * @param passphrase  for an encrypted private key, or null
 * @param maxSessions most simultaneous logins with this credential, so a TACACS or RADIUS server behind the routers
 *                    is not flooded; null for no cap beyond the sweep's own
 */
public record Credential(String name, String username, Secret password, Path privateKey, Secret passphrase,
        Integer maxSessions) {
}
