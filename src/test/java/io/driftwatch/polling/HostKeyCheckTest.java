package io.driftwatch.polling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The host key decisions, without a network: trust on first use, pinning, and strict known_hosts lookups. */
class HostKeyCheckTest {

    @TempDir
    Path dir;

    @Test
    void trustOnFirstUseAcceptsAnUnknownDeviceAndRecordsItsKey() throws Exception {
        PublicKey key = newKey();
        HostKeyCheck check = new HostKeyCheck(List.of(), true);
        assertTrue(check.verify(key));
        assertTrue(check.firstContact());
        assertEquals(key, check.offered());
    }

    @Test
    void aPinnedKeyAcceptsOnlyItself() throws Exception {
        PublicKey pinned = newKey();
        HostKeyCheck check = new HostKeyCheck(List.of(pinned), true);
        assertTrue(check.verify(HostKeys.parse(HostKeys.toLine(pinned))));
        assertFalse(check.verify(newKey()));
        assertTrue(check.refused());
    }

    @Test
    void strictModeRefusesADeviceMissingFromKnownHosts() throws Exception {
        assertFalse(new HostKeyCheck(List.of(), false).verify(newKey()));
    }

    @Test
    void knownHostsLinesAreMatchedByHostAndPort() throws Exception {
        PublicKey standard = newKey();
        PublicKey custom = newKey();
        Path file = dir.resolve("known_hosts");
        Files.writeString(file, """
                # routers
                192.0.2.10 %s
                [127.0.0.1]:2222 %s
                """.formatted(HostKeys.toLine(standard), HostKeys.toLine(custom)));
        KnownHosts knownHosts = KnownHosts.read(file);

        assertEquals(List.of(standard), knownHosts.keysFor("192.0.2.10", 22));
        assertEquals(List.of(custom), knownHosts.keysFor("127.0.0.1", 2222));
        assertTrue(knownHosts.keysFor("127.0.0.1", 22).isEmpty());
        assertTrue(knownHosts.keysFor("198.51.100.1", 22).isEmpty());
    }

    @Test
    void aRevokedKeyIsRefusedEvenWhereAnotherLineListsIt() throws Exception {
        PublicKey revoked = newKey();
        PublicKey other = newKey();
        Path file = dir.resolve("known_hosts");
        Files.writeString(file, """
                [127.0.0.1]:2222 %s
                [127.0.0.1]:2222 %s
                @revoked [127.0.0.1]:2222 %s
                """.formatted(HostKeys.toLine(revoked), HostKeys.toLine(other), HostKeys.toLine(revoked)));
        KnownHosts knownHosts = KnownHosts.read(file);

        assertEquals(List.of(other), knownHosts.keysFor("127.0.0.1", 2222));
        assertEquals(List.of(revoked), knownHosts.revokedFor("127.0.0.1", 2222));
        assertTrue(knownHosts.revokedFor("127.0.0.1", 22).isEmpty(), "revoked for that host only, as in OpenSSH");
        HostKeyCheck check = new HostKeyCheck(List.of(revoked, other), knownHosts.revokedFor("127.0.0.1", 2222),
                false);
        assertFalse(check.verify(revoked));
        assertTrue(check.refused());
        assertTrue(check.revokedOffered());
        assertTrue(check.verify(other));
        assertFalse(check.revokedOffered());
        // Trust on first use does not let a revoked key in either.
        assertFalse(new HostKeyCheck(List.of(), List.of(revoked), true).verify(revoked));
    }

    private static PublicKey newKey() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(256);
        return generator.generateKeyPair().getPublic();
    }
}
