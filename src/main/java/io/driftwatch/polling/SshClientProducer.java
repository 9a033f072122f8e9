package io.driftwatch.polling;

import io.quarkus.virtual.threads.VirtualThreads;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.common.kex.KeyExchangeFactory;
import org.apache.sshd.core.CoreModuleProperties;

/** The one SSH client of the process: started once, shared by every poll, stopped at shutdown. */
class SshClientProducer {

    /** Bouncy Castle's count of Miller–Rabin rounds for an RSA public key; read at every check. */
    static final String BC_RSA_PRIMALITY_ROUNDS = "org.bouncycastle.rsa.max_mr_tests";
    /** What MINA's registrar of the JDK's provider ("SunJCEWrapper", asked before Bouncy Castle) serves, per kind. */
    static final String JDK_KEY_PAIR_GENERATORS = "org.apache.sshd.security.provider.SunJCEWrapper.KeyPairGenerator";
    static final String JDK_KEY_AGREEMENTS = "org.apache.sshd.security.provider.SunJCEWrapper.KeyAgreement";
    private static final List<String> PREFERRED_KEX = List.of("curve25519-sha256", "curve25519-sha256@libssh.org",
            "ecdh-sha2-nistp256", "ecdh-sha2-nistp384", "ecdh-sha2-nistp521");

    @Produces
    @Singleton
    SshClient sshClient(SshConfig config, NegotiatedAlgorithms negotiated, KeyExchangeGate keyExchanges,
            @VirtualThreads Instance<ExecutorService> virtualThreads) {
        noPrimalityTestPerRsaKey();
        finiteFieldDiffieHellmanFromTheJdk();
        SshClient client = SshClient.setUpDefaultClient();
        // Before Java 21 Quarkus would hand over its worker pool instead, which the web pages need.
        client.setIoServiceFactoryFactory(new ConnectWaits(
                Runtime.version().feature() >= 21 ? virtualThreads.get() : null,
                Runtime.getRuntime().availableProcessors()));
        client.setKeyExchangeFactories(cheapKeyExchangesFirst(client.getKeyExchangeFactories()).stream()
                .map(keyExchanges::measuring).toList());
        client.setServerKeyVerifier(new ContextHostKeyVerifier());
        client.addSessionListener(new SessionAlgorithms(negotiated, keyExchanges));
        client.addSessionListener(keyExchanges);
        // Ask routers to answer exec requests, so a refused one is known at once and the shell can be tried.
        CoreModuleProperties.REQUEST_EXEC_REPLY.set(client, true);
        CoreModuleProperties.IO_CONNECT_TIMEOUT.set(client, config.connectTimeout());
        CoreModuleProperties.AUTH_TIMEOUT.set(client, config.authTimeout());
        // A router that stops talking mid-session must not hold a session forever.
        CoreModuleProperties.IDLE_TIMEOUT.set(client, config.deviceDeadline());
        client.start();
        return client;
    }

    /**
     * RSA host keys keep Bouncy Castle's checks of the modulus (size, odd, no small factor) but not its Miller–Rabin
     * test that the modulus is not a prime, which neither OpenSSH nor the JDK makes. Bouncy Castle remembers a tested
     * modulus only while the number is referenced, so the test ran again for each router's RSA key after every
     * collection of the old generation: about 10 ms of CPU per key with C1 alone, a third of a steady sweep of RSA
     * routers. Here it guards nothing: a key other than the pinned one is refused whatever its modulus, and a
     * router's own key is the router's choice. An operator's own {@code -Dorg.bouncycastle.rsa.max_mr_tests} wins.
     */
    static void noPrimalityTestPerRsaKey() {
        unlessTheOperatorSetIt(BC_RSA_PRIMALITY_ROUNDS, "0");
    }

    /**
     * Finite-field Diffie-Hellman (the {@code diffie-hellman-group*} exchanges of routers without ECDH) from the JDK,
     * not Bouncy Castle: Bouncy Castle draws a private exponent as long as the group (2,047 bits for group 14), the
     * JDK one of half that, so the same exchange costs half the CPU (60 against 28 ms with C1 alone). At that price
     * 300 such routers polled at once on two cores all ran out of their login time. Set before MINA first asks for a
     * Diffie-Hellman key, since it remembers which provider serves each algorithm; an operator's own setting wins.
     */
    static void finiteFieldDiffieHellmanFromTheJdk() {
        unlessTheOperatorSetIt(JDK_KEY_PAIR_GENERATORS, "DH");
        unlessTheOperatorSetIt(JDK_KEY_AGREEMENTS, "DH");
    }

    private static void unlessTheOperatorSetIt(String property, String value) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, value);
        }
    }

    /**
     * Key exchanges in the order OpenSSH's client offers them, cheapest first among those of 128-bit strength:
     * curve25519, then ECDH on P-256, P-384 and P-521, then MINA's finite-field groups. MINA's own order puts
     * curve448 and P-521 before P-256, so a router without curve25519 cost several times the CPU (README, "Where
     * the CPU goes"). The post-quantum hybrids, costly in pure Java and rare on routers, come last, for servers that
     * offer nothing else.
     */
    static List<KeyExchangeFactory> cheapKeyExchangesFirst(List<KeyExchangeFactory> defaults) {
        List<KeyExchangeFactory> ordered = new ArrayList<>(defaults);
        ordered.sort(Comparator.comparingInt(SshClientProducer::rank));
        return ordered;
    }

    private static int rank(KeyExchangeFactory factory) {
        String name = factory.getName();
        int preferred = PREFERRED_KEX.indexOf(name);
        if (preferred >= 0) {
            return preferred;
        }
        boolean postQuantum = name.startsWith("sntrup") || name.startsWith("mlkem");
        // The sort is stable, so the rest keep MINA's order between them.
        return postQuantum ? PREFERRED_KEX.size() + 1 : PREFERRED_KEX.size();
    }

    void stop(@Disposes SshClient client) {
        client.stop();
    }
}
