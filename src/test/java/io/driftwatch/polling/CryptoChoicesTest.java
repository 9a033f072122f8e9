package io.driftwatch.polling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.util.List;
import javax.crypto.interfaces.DHPrivateKey;
import javax.crypto.spec.DHParameterSpec;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.common.NamedResource;
import org.apache.sshd.common.kex.DHGroupData;
import org.apache.sshd.common.util.security.SecurityProviderRegistrar;
import org.apache.sshd.common.util.security.SecurityUtils;
import org.apache.sshd.common.util.security.SunJCESecurityProviderRegistrar;
import org.junit.jupiter.api.Test;

/**
 * The choices the CPU measurements led to (README, "Where the CPU goes"): which key exchange a router that offers
 * several gets, and which provider computes each algorithm.
 */
class CryptoChoicesTest {

    private static final BigInteger E = BigInteger.valueOf(65537);

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

    @Test
    void rsaHostKeysKeepTheModulusChecksButNotAPrimalityTestPerKey() throws Exception {
        SshClientProducer.noPrimalityTestPerRsaKey();
        KeyFactory rsa = SecurityUtils.getKeyFactory("RSA");
        assertEquals("BC", rsa.getProvider().getName());
        BigInteger prime = BigInteger.probablePrime(2048, new SecureRandom());

        // Bouncy Castle's Miller-Rabin test would refuse this one; OpenSSH accepts it, and so does Driftwatch.
        assertEquals(prime, ((RSAPublicKey) rsa.generatePublic(new RSAPublicKeySpec(prime, E))).getModulus());
        // The other checks of the modulus still hold.
        assertRefused(rsa, prime.multiply(BigInteger.valueOf(7)), "RSA modulus has a small prime factor");
        assertRefused(rsa, prime.shiftLeft(1), "RSA modulus is even");
    }

    @Test
    void anOperatorsOwnRsaSettingWins() {
        assertOperatorsSettingKept(SshClientProducer.BC_RSA_PRIMALITY_ROUNDS,
                SshClientProducer::noPrimalityTestPerRsaKey);
    }

    @Test
    void finiteFieldDiffieHellmanComesFromTheJdkWithAnExponentOfHalfTheGroup() throws Exception {
        SshClientProducer.finiteFieldDiffieHellmanFromTheJdk();
        // A registrar made now reads the settings afresh; MINA's own remembers its first answer per algorithm.
        SecurityProviderRegistrar jdk = new SunJCESecurityProviderRegistrar();
        assertTrue(jdk.isKeyPairGeneratorSupported("DH"));
        assertTrue(jdk.isKeyAgreementSupported("DH"));
        // Everything else of the public-key work stays with Bouncy Castle.
        assertFalse(jdk.isKeyPairGeneratorSupported("EC"));
        assertFalse(jdk.isKeyAgreementSupported("X25519"));

        KeyPairGenerator generator = KeyPairGenerator.getInstance("DH", jdk.getSecurityProvider());
        // The group MINA's diffie-hellman-group14-* exchanges use (RFC 3526's 2048-bit MODP group).
        generator.initialize(new DHParameterSpec(new BigInteger(1, DHGroupData.getP14()), BigInteger.TWO));
        BigInteger exponent = ((DHPrivateKey) generator.generateKeyPair().getPrivate()).getX();
        assertTrue(exponent.bitLength() <= 1024, "a " + exponent.bitLength() + "-bit exponent");
    }

    @Test
    void anOperatorsOwnDiffieHellmanProviderSettingWins() {
        assertOperatorsSettingKept(SshClientProducer.JDK_KEY_PAIR_GENERATORS,
                SshClientProducer::finiteFieldDiffieHellmanFromTheJdk);
    }

    private static void assertOperatorsSettingKept(String property, Runnable choose) {
        String before = System.getProperty(property);
        try {
            System.setProperty(property, "the operator's");
            choose.run();
            assertEquals("the operator's", System.getProperty(property));
        } finally {
            if (before == null) {
                System.clearProperty(property);
            } else {
                System.setProperty(property, before);
            }
        }
    }

    private static void assertRefused(KeyFactory rsa, BigInteger modulus, String why) {
        Exception refused = assertThrows(Exception.class,
                () -> rsa.generatePublic(new RSAPublicKeySpec(modulus, E)));
        assertTrue(String.valueOf(refused.getMessage()).contains(why), refused.toString());
    }
}
