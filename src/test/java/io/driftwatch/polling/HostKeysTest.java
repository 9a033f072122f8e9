package io.driftwatch.polling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.util.security.SecurityUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fingerprints of stored host-key lines, read from the key blob as OpenSSH reads them. */
class HostKeysTest {

    @TempDir
    Path dir;

    @Test
    void theFingerprintOfALineIsMinasFingerprintOfItsKeyForEveryKeyType() throws Exception {
        for (PublicKey key : List.of(key("Ed25519", 256), key("EC", 256), key("EC", 521), key("RSA", 2048))) {
            String line = HostKeys.toLine(key);
            assertEquals(KeyUtils.getFingerPrint(key), HostKeys.fingerprint(line), line);
            assertEquals(KeyUtils.getFingerPrint(key), HostKeys.fingerprint("  " + line + " router@lab\n"), line);
        }
    }

    @Test
    void theFingerprintOfALineIsTheOneOpenSshPrints() throws Exception {
        String line = HostKeys.toLine(key("RSA", 2048));
        Path file = Files.writeString(dir.resolve("key.pub"), line + "\n");
        Process keygen = new ProcessBuilder("ssh-keygen", "-l", "-E", "sha256", "-f", file.toString())
                .redirectErrorStream(true).start();
        assertTrue(keygen.waitFor(30, TimeUnit.SECONDS), "ssh-keygen ended");
        String printed = new String(keygen.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, keygen.exitValue(), printed);
        assertEquals(HostKeys.fingerprint(line), printed.split(" ")[1], printed);
    }

    @Test
    void aLineWithoutAKeyBlobHasNoFingerprintAndSaysWhy() {
        IllegalArgumentException noBlob = assertThrows(IllegalArgumentException.class,
                () -> HostKeys.fingerprint("ssh-ed25519"));
        assertEquals("not an OpenSSH public key: no key data after its type", noBlob.getMessage());
        assertThrows(IllegalArgumentException.class, () -> HostKeys.fingerprint("ssh-ed25519 not*base64"));
    }

    private static PublicKey key(String algorithm, int size) throws Exception {
        KeyPairGenerator generator = algorithm.equals("Ed25519")
                ? SecurityUtils.getKeyPairGenerator(SecurityUtils.EDDSA)
                : KeyPairGenerator.getInstance(algorithm);
        generator.initialize(size);
        return generator.generateKeyPair().getPublic();
    }
}
