package io.driftwatch.polling;

import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.common.kex.KeyExchangeFactory;
import org.apache.sshd.core.CoreModuleProperties;

/** The one SSH client of the process: started once, shared by every poll, stopped at shutdown. */
class SshClientProducer {

    @Produces
    @Singleton
    SshClient sshClient(SshConfig config, NegotiatedAlgorithms negotiated) {
        SshClient client = SshClient.setUpDefaultClient();
        client.setKeyExchangeFactories(classicKeyExchangesFirst(client.getKeyExchangeFactories()));
        client.setServerKeyVerifier(new ContextHostKeyVerifier());
        client.addSessionListener(new SessionAlgorithms(negotiated));
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
     * MINA offers the post-quantum hybrids first; computed in pure Java they cost several times the CPU of
     * curve25519 per session, and routers in the field rarely offer them. They stay in the list, after the
     * classic exchanges, for servers that offer nothing else.
     */
    static List<KeyExchangeFactory> classicKeyExchangesFirst(List<KeyExchangeFactory> defaults) {
        List<KeyExchangeFactory> ordered = new ArrayList<>(defaults);
        ordered.sort(Comparator.comparing(SshClientProducer::postQuantum));
        return ordered;
    }

    private static boolean postQuantum(KeyExchangeFactory factory) {
        String name = factory.getName();
        return name.startsWith("sntrup") || name.startsWith("mlkem");
    }

    void stop(@Disposes SshClient client) {
        client.stop();
    }
}
