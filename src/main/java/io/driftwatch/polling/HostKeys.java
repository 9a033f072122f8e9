package io.driftwatch.polling;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.util.Base64;
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

    /**
     * SHA-256 fingerprint as OpenSSH prints it, e.g. {@code SHA256:nThbg6kXUpJWGl7E1IGOCspRomTxdCARLviKw6E5SY8}: the
     * digest of the line's key blob, as OpenSSH computes it. The key itself is not parsed: the API and the pages list
     * a fingerprint per device.
     *
     * @throws IllegalArgumentException when the line has no key blob in Base64
     */
    public static String fingerprint(String line) {
        if (line == null) {
            return null;
        }
        String[] fields = line.trim().split("\\s+");
        if (fields.length < 2) {
            throw new IllegalArgumentException("not an OpenSSH public key: no key data after its type");
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(Base64.getDecoder().decode(fields[1]));
            return "SHA256:" + Base64.getEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
