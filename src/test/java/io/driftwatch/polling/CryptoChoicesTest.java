package io.driftwatch.polling;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.common.NamedResource;
import org.apache.sshd.common.util.security.SecurityUtils;
import org.junit.jupiter.api.Test;

/**
 * The choices the CPU measurements led to (README, "Where the CPU goes"): which key exchange a router that offers
 * several gets, and which provider computes each algorithm.
 */
class CryptoChoicesTest {

    @Test
    void keyExchangesGoCheapestFirstWithThePostQuantumHybridsLast() throws Exception {
        List<String> names = NamedResource.getNameList(SshClientProducer.cheapKeyExchangesFirst(
                SshClient.setUpDefaultClient().getKeyExchangeFactories()));

        assertEquals(List.of("curve25519-sha256", "curve25519-sha256@libssh.org", "ecdh-sha2-nistp256",
                "ecdh-sha2-nistp384", "ecdh-sha2-nistp521", "curve448-sha512"), names.subList(0, 6));
        int firstHybrid = names.indexOf(names.stream().filter(n -> n.startsWith("sntrup") || n.startsWith("mlkem"))
                .findFirst().orElseThrow());
        assertEquals(names.size(), firstHybrid + names.subList(firstHybrid, names.size()).stream()
                .filter(n -> n.startsWith("sntrup") || n.startsWith("mlkem")).count(), names.toString());
        assertEquals("diffie-hellman-group14-sha256", names.get(firstHybrid - 1));
    }

    @Test
    void bouncyCastleDoesThePublicKeyWorkAndTheJdkTheBulkCiphers() throws Exception {
        assertEquals("BC", SecurityUtils.getKeyAgreement("X25519").getProvider().getName());
        assertEquals("BC", SecurityUtils.getKeyAgreement("ECDH").getProvider().getName());
        assertEquals("BC", SecurityUtils.getSignature("SHA256withECDSA").getProvider().getName());
        assertEquals("BC", SecurityUtils.getKeyPairGenerator(SecurityUtils.EDDSA).getProvider().getName());
        // AES and HMAC stay with the JDK, whose versions use the processor's AES and SHA instructions.
        assertEquals("SunJCE", SecurityUtils.getCipher("AES/CTR/NoPadding").getProvider().getName());
        assertEquals("SunJCE", SecurityUtils.getMac("HmacSHA256").getProvider().getName());
    }
}
