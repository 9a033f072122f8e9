package io.driftwatch.polling;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import org.apache.sshd.client.config.hosts.KnownHostEntry;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;

/**
 * The keys an OpenSSH known_hosts file lists, read once per sweep for strict host key checking. A key on an
 * {@code @revoked} line for a host is never accepted for it, even where another line lists it as valid: that is how
 * OpenSSH reads the marker, and a revocation appended to a file must not lose to the line it revokes.
 */
final class KnownHosts {

    /** The marker as MINA reads it: the word after the {@code @}. */
    private static final String REVOKED = "revoked";

    private final List<KnownHostEntry> entries;

    private KnownHosts(List<KnownHostEntry> entries) {
        this.entries = entries;
    }

    static KnownHosts read(Path file) {
        try {
            return new KnownHosts(Files.exists(file) ? KnownHostEntry.readKnownHostEntries(file) : List.of());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read known_hosts file " + file, e);
        }
    }

    /** The keys this host may present: listed for it without a marker, and not revoked for it. */
    List<PublicKey> keysFor(String host, int port) {
        List<PublicKey> revoked = revokedFor(host, port);
        List<PublicKey> keys = keys(host, port, null);
        keys.removeIf(key -> revoked.stream().anyMatch(r -> KeyUtils.compareKeys(r, key)));
        return keys;
    }

    /** The keys listed on {@code @revoked} lines for this host, which must be refused. */
    List<PublicKey> revokedFor(String host, int port) {
        return keys(host, port, REVOKED);
    }

    private List<PublicKey> keys(String host, int port, String marker) {
        List<PublicKey> keys = new ArrayList<>();
        for (KnownHostEntry entry : entries) {
            if (java.util.Objects.equals(entry.getMarker(), marker) && entry.isHostMatch(host, port)) {
                try {
                    keys.add(entry.getKeyEntry().resolvePublicKey(null, PublicKeyEntryResolver.IGNORING));
                } catch (IOException | GeneralSecurityException e) {
                    // An unreadable line cannot vouch for a host; other lines still may.
                }
            }
        }
        keys.removeIf(java.util.Objects::isNull);
        return keys;
    }
}
