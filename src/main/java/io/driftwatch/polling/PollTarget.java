package io.driftwatch.polling;

import io.driftwatch.inventory.Secret;
import java.security.KeyPair;
import java.security.PublicKey;
import java.util.List;

/**
 * Everything one poll needs, resolved before the sweep fans out so that polls touch neither the inventory nor
 * the database.
 *
 * @param acceptedHostKeys pinned key (trust on first use) or known_hosts keys (strict); empty = first contact
 * @param setupError       why the device cannot be polled at all (an unreadable private key), or null
 */
public record PollTarget(
        long deviceId,
        String name,
        String host,
        int port,
        String platform,
        String command,
        String username,
        Secret password,
        List<KeyPair> identities,
        List<PublicKey> acceptedHostKeys,
        String setupError) {

    public PollTarget {
        identities = List.copyOf(identities);
        acceptedHostKeys = List.copyOf(acceptedHostKeys);
    }
}
