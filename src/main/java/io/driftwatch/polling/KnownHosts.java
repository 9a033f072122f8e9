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
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;

/** The keys an OpenSSH known_hosts file lists, read once per sweep for strict host key checking. */
final class KnownHosts {

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

    List<PublicKey> keysFor(String host, int port) {
        List<PublicKey> keys = new ArrayList<>();
        for (KnownHostEntry entry : entries) {
            if (entry.getMarker() == null && entry.isHostMatch(host, port)) {
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
