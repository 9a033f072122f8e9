import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Provider;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Security;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.Mac;
import javax.crypto.spec.DHParameterSpec;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.apache.sshd.common.cipher.ChaCha20Cipher;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.kex.DHGroupData;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;
import org.apache.sshd.common.util.security.SecurityUtils;

/**
 * What one SSH session's public-key work costs the client, per algorithm and per provider: the key exchange
 * (ephemeral key pair plus agreement) and the host-key signature check, plus the symmetric work of a 4 KiB reply.
 * CPU time of this thread, after a warm-up, so the figures compare with the benchmark's CPU per device.
 *
 * <p>
 * Run with the daemon's jars and Bouncy Castle on the class path (see the README's "Benchmark"):
 *
 * <pre>
 * java -cp "target/quarkus-app/lib/boot/*:target/quarkus-app/lib/main/*" bench/CryptoBench.java [FILTER]
 * </pre>
 */
public class CryptoBench {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final byte[] EXCHANGE_HASH = new byte[64];
    // RFC 3526 group 14, the one diffie-hellman-group14-sha256 uses, as MINA holds it.
    private static final BigInteger GROUP14 = new BigInteger(1, DHGroupData.getP14());

    interface Op {
        void run() throws Exception;
    }

    public static void main(String[] args) throws Exception {
        Provider sunEc = Security.getProvider("SunEC");
        Provider sunRsa = Security.getProvider("SunRsaSign");
        Provider bc = load("org.bouncycastle.jce.provider.BouncyCastleProvider");
        Provider eddsa = load("net.i2p.crypto.eddsa.EdDSASecurityProvider");
        Map<String, Op> ops = new LinkedHashMap<>();

        ops.put("kex curve25519-sha256, SunEC", exchange("X25519", null, sunEc));
        if (bc != null) {
            ops.put("kex curve25519-sha256, Bouncy Castle", exchange("X25519", null, bc));
        }
        ops.put("kex curve448-sha512, SunEC", exchange("X448", null, sunEc));
        ops.put("kex ecdh-sha2-nistp256, SunEC", exchange("EC", "secp256r1", sunEc));
        if (bc != null) {
            ops.put("kex ecdh-sha2-nistp256, Bouncy Castle", exchange("EC", "secp256r1", bc));
        }
        ops.put("kex ecdh-sha2-nistp384, SunEC", exchange("EC", "secp384r1", sunEc));
        ops.put("kex ecdh-sha2-nistp521, SunEC", exchange("EC", "secp521r1", sunEc));
        ops.put("kex diffie-hellman-group14-sha256, BigInteger", CryptoBench::group14);
        // As MINA asks for it: no exponent length given, so each provider draws its own (JDK 1,024 bits, BC 2,047).
        ops.put("kex diffie-hellman-group14-sha256, SunJCE", exchange("DH", null, Security.getProvider("SunJCE")));
        if (bc != null) {
            ops.put("kex diffie-hellman-group14-sha256, Bouncy Castle", exchange("DH", null, bc));
        }

        if (eddsa != null) {
            ops.put("host key ssh-ed25519, net.i2p eddsa", verify("EdDSA", null, "NONEwithEdDSA", eddsa));
        }
        ops.put("host key ssh-ed25519, SunEC", verify("Ed25519", null, "Ed25519", sunEc));
        if (bc != null) {
            ops.put("host key ssh-ed25519, Bouncy Castle", verify("Ed25519", null, "Ed25519", bc));
        }
        ops.put("host key ecdsa-sha2-nistp256, SunEC", verify("EC", "secp256r1", "SHA256withECDSA", sunEc));
        if (bc != null) {
            ops.put("host key ecdsa-sha2-nistp256, Bouncy Castle", verify("EC", "secp256r1", "SHA256withECDSA", bc));
        }
        ops.put("host key rsa-sha2-512 (2048), SunRsaSign", verify("RSA", null, "SHA512withRSA", sunRsa));
        if (bc != null) {
            ops.put("host key rsa-sha2-512 (2048), Bouncy Castle", verify("RSA", null, "SHA512withRSA", bc));
        }

        for (String type : List.of("ssh-ed25519", "ecdsa-sha2-nistp256", "rsa-sha2-512")) {
            ops.put("pinned key read from its stored line, " + type, readLine(type));
        }

        ops.put("4 KiB reply, aes128-gcm@openssh.com", gcm());
        ops.put("4 KiB reply, aes128-ctr + hmac-sha2-256-etm", ctrHmac());
        ops.put("4 KiB reply, chacha20-poly1305@openssh.com (MINA)", chacha());

        System.out.printf("%-60s %12s%n", "operation (one session's share)", "CPU per op");
        for (Map.Entry<String, Op> op : ops.entrySet()) {
            if (args.length > 0 && !op.getKey().contains(args[0])) {
                continue;
            }
            System.out.printf("%-60s %9.3f ms%n", op.getKey(), perOp(op.getValue()));
        }
    }

    private static Provider load(String name) {
        try {
            return (Provider) Class.forName(name).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            System.out.println("(not on the class path: " + name + ")");
            return null;
        }
    }

    /** CPU milliseconds per run: warm up for 2 s, then measure for 3 s. */
    private static double perOp(Op op) throws Exception {
        runFor(op, 2_000_000_000L);
        long cpu = THREADS.getCurrentThreadCpuTime();
        long runs = runFor(op, 3_000_000_000L);
        return (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6 / runs;
    }

    private static long runFor(Op op, long nanos) throws Exception {
        long end = System.nanoTime() + nanos;
        long runs = 0;
        while (System.nanoTime() < end) {
            op.run();
            runs++;
        }
        return runs;
    }

    /** The client's side of one exchange: a fresh key pair, then the agreement with the server's public key. */
    private static Op exchange(String algorithm, String curve, Provider provider) throws Exception {
        KeyPair server = generator(algorithm, curve, provider).generateKeyPair();
        String agreement = algorithm.equals("EC") ? "ECDH" : algorithm;
        return () -> {
            KeyPair mine = generator(algorithm, curve, provider).generateKeyPair();
            KeyAgreement ka = KeyAgreement.getInstance(agreement, provider);
            ka.init(mine.getPrivate());
            ka.doPhase(server.getPublic(), true);
            ka.generateSecret();
        };
    }

    private static KeyPairGenerator generator(String algorithm, String curve, Provider provider) throws Exception {
        KeyPairGenerator generator = provider == null ? KeyPairGenerator.getInstance(algorithm)
                : KeyPairGenerator.getInstance(algorithm, provider);
        if (algorithm.equals("DH")) {
            generator.initialize(new DHParameterSpec(GROUP14, BigInteger.TWO));
        } else if (curve != null) {
            generator.initialize(new ECGenParameterSpec(curve));
        } else if (algorithm.equals("RSA")) {
            generator.initialize(2048);
        }
        return generator;
    }

    private static void group14() {
        BigInteger x = new BigInteger(512, RANDOM);
        BigInteger e = BigInteger.TWO.modPow(x, GROUP14);
        e.modPow(x, GROUP14);
    }

    /** Checking the server's signature over the exchange hash, as the client does once per session. */
    private static Op verify(String keyAlgorithm, String curve, String signature, Provider provider) throws Exception {
        KeyPair key = generator(keyAlgorithm, curve, provider).generateKeyPair();
        Signature signer = Signature.getInstance(signature, provider);
        signer.initSign(key.getPrivate());
        signer.update(EXCHANGE_HASH);
        byte[] signed = signer.sign();
        PublicKey publicKey = key.getPublic();
        return () -> {
            Signature verifier = Signature.getInstance(signature, provider);
            verifier.initVerify(publicKey);
            verifier.update(EXCHANGE_HASH);
            if (!verifier.verify(signed)) {
                throw new IllegalStateException(signature + " did not verify");
            }
        };
    }

    /** What the planner did per device and sweep: the pinned key's OpenSSH line back into a key, through MINA. */
    private static Op readLine(String type) throws Exception {
        KeyPair key = switch (type) {
            case "ssh-ed25519" -> {
                KeyPairGenerator generator = SecurityUtils.getKeyPairGenerator(SecurityUtils.EDDSA);
                generator.initialize(256);
                yield generator.generateKeyPair();
            }
            case "ecdsa-sha2-nistp256" -> generator("EC", "secp256r1", null).generateKeyPair();
            default -> generator("RSA", null, null).generateKeyPair();
        };
        String line = PublicKeyEntry.toString(key.getPublic());
        return () -> PublicKeyEntry.parsePublicKeyEntry(line).resolvePublicKey(null, null,
                PublicKeyEntryResolver.FAILING);
    }

    private static Op gcm() {
        SecretKeySpec key = new SecretKeySpec(new byte[16], "AES");
        byte[] data = new byte[4096];
        byte[] iv = new byte[12];
        return () -> {
            // A new nonce each time: the JDK refuses to encrypt twice under one key and nonce, as SSH never does.
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
            cipher.doFinal(data);
        };
    }

    private static Op ctrHmac() throws Exception {
        Cipher cipher = Cipher.getInstance("AES/CTR/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(new byte[16], "AES"), new IvParameterSpec(new byte[16]));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(new byte[32], "HmacSHA256"));
        byte[] data = new byte[4096];
        return () -> mac.doFinal(cipher.update(data));
    }

    /** MINA's own ChaCha20-Poly1305, written in Java: the packet length as associated data, then the body. */
    private static Op chacha() throws Exception {
        ChaCha20Cipher cipher = new ChaCha20Cipher();
        cipher.init(org.apache.sshd.common.cipher.Cipher.Mode.Encrypt, new byte[64], new byte[8]);
        byte[] packet = new byte[4 + 4096 + 16];
        return () -> cipher.updateWithAAD(packet, 0, 4, 4096);
    }
}
