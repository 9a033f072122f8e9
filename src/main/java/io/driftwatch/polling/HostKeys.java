package io.driftwatch.polling;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;

/** Host keys are stored as OpenSSH public key lines ({@code ssh-ed25519 AAAA...}); this converts both ways. */
public final class HostKeys {

    private HostKeys() {
    }

    public static String toLine(PublicKey key) {
        return PublicKeyEntry.toString(key);
    }

    public static PublicKey parse(String line) {
        try {
            return PublicKeyEntry.parsePublicKeyEntry(line.trim())
                    .resolvePublicKey(null, null, PublicKeyEntryResolver.FAILING);
        } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not an OpenSSH public key: " + e.getMessage(), e);
        }
    }

    /** SHA-256 fingerprint as OpenSSH prints it, e.g. {@code SHA256:nThbg6kXUpJWGl7E1IGOCspRomTxdCARLviKw6E5SY8}. */
    public static String fingerprint(String line) {
        return line == null ? null : KeyUtils.getFingerPrint(parse(line));
    }
}
