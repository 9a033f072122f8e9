package io.driftwatch.polling;

import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.core.CoreModuleProperties;

/** The one SSH client of the process: started once, shared by every poll, stopped at shutdown. */
class SshClientProducer {

    @Produces
    @Singleton
    SshClient sshClient(SshConfig config) {
        SshClient client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier(new ContextHostKeyVerifier());
        client.addSessionListener(new SessionAlgorithms());
        // Ask routers to answer exec requests, so a refused one is known at once and the shell can be tried.
        CoreModuleProperties.REQUEST_EXEC_REPLY.set(client, true);
        CoreModuleProperties.IO_CONNECT_TIMEOUT.set(client, config.connectTimeout());
        CoreModuleProperties.AUTH_TIMEOUT.set(client, config.authTimeout());
        // A router that stops talking mid-session must not hold a session forever.
        CoreModuleProperties.IDLE_TIMEOUT.set(client, config.deviceDeadline());
        client.start();
        return client;
    }

    void stop(@Disposes SshClient client) {
        client.stop();
    }
}
