package io.driftwatch.polling;

import io.driftwatch.domain.PollStatus;
import io.driftwatch.inventory.Secret;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.security.KeyPair;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.future.AuthFuture;
import org.apache.sshd.client.future.ConnectFuture;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.AttributeRepository;
import org.apache.sshd.common.AttributeRepository.AttributeKey;
import org.apache.sshd.common.SshConstants;
import org.apache.sshd.common.SshException;

/**
 * Connecting and logging in, the same for a router and for the bastion in front of it: every wait bounded by its own
 * timeout and by the deadline, and the host key judged by the {@link HostKeyCheck} in the connection's context
 * before any password is sent.
 */
@ApplicationScoped
public class SshLogin {

    private final SshClient client;
    private final SshConfig config;
    private final KeyExchangeGate keyExchanges;

    public SshLogin(SshClient client, SshConfig config, KeyExchangeGate keyExchanges) {
        this.client = client;
        this.config = config;
        this.keyExchanges = keyExchanges;
    }

    /**
     * Who to log in to and as whom.
     *
     * @param name    the far end as messages name it
     * @param jumpHost whether it is a bastion, whose name an authentication timeout then gives too
     */
    record Peer(String username, String host, int port, Secret password, List<KeyPair> identities, String name,
            boolean jumpHost) {
    }

    /** Whether MINA gave up on the login because the server accepted none of the methods it had to offer. */
    static boolean authRejected(Throwable error) {
        return error instanceof SshException ssh
                && ssh.getDisconnectCode() == SshConstants.SSH2_DISCONNECT_NO_MORE_AUTH_METHODS_AVAILABLE;
    }

    /**
     * Connects once {@link KeyExchangeGate} lets the key exchange start, so the connect and login timeouts count the
     * router's time, not this daemon's queue for the CPU.
     *
     * @param attributes the connection's context, holding the host key check under {@link HostKeyCheck#KEY}
     * @throws SshCollector.AttemptFailed when the far end does not answer in time, or the exchange cannot start
     *                                    before the deadline
     */
    ClientSession connect(Peer peer, Map<AttributeKey<?>, Object> attributes, long deadline) throws IOException {
        KeyExchangeGate.Ticket ticket = admitted(peer, deadline);
        Map<AttributeKey<?>, Object> context = new HashMap<>(attributes);
        context.put(KeyExchangeGate.KEY, ticket);
        try {
            return connected(peer, AttributeRepository.ofAttributesMap(context), deadline);
        } catch (IOException | RuntimeException e) {
            // No session will end the exchange and give its place back.
            ticket.release();
            throw e;
        }
    }

    private KeyExchangeGate.Ticket admitted(Peer peer, long deadline) throws IOException {
        KeyExchangeGate.Ticket ticket;
        try {
            ticket = keyExchanges.admit(peer.name(), deadline);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting to start a key exchange");
        }
        if (ticket == null) {
            throw new SshCollector.AttemptFailed(PollStatus.TIMEOUT, "no key exchange with " + peer.name()
                    + " could start within the device deadline: " + keyExchanges.busy());
        }
        return ticket;
    }

    private ClientSession connected(Peer peer, AttributeRepository context, long deadline) throws IOException {
        ConnectFuture future = client.connect(peer.username(), peer.host(), peer.port(), context, null);
        if (!future.await(SshCollector.budget(config.connectTimeout(), deadline))) {
            future.cancel();
            throw new SshCollector.AttemptFailed(PollStatus.UNREACHABLE, noTcpAnswer(peer.name()));
        }
        if (!future.isConnected()) {
            Throwable cause = future.getException();
            if (cause instanceof ConnectException && cause.getCause() instanceof TimeoutException) {
                // MINA's own connect wait, which has the same timeout and may run out first.
                throw new SshCollector.AttemptFailed(PollStatus.UNREACHABLE, noTcpAnswer(peer.name()));
            }
            throw cause instanceof IOException io ? io : new IOException(cause);
        }
        return future.getSession();
    }

    private String noTcpAnswer(String peerName) {
        return "no TCP answer from " + peerName + " within " + SshCollector.human(config.connectTimeout());
    }

    /**
     * Logs in; the caller closes the session when this throws.
     *
     * @param hostKeyRefused the failure to end with when {@code check} refused the key
     * @throws SshCollector.AttemptFailed on a time limit or a refused host key
     * @throws IOException                what MINA met otherwise; {@link #authRejected} tells a rejected login
     */
    void authenticate(ClientSession session, Peer peer, HostKeyCheck check,
            Supplier<SshCollector.AttemptFailed> hostKeyRefused, long deadline) throws IOException {
        if (peer.password() != null) {
            session.addPasswordIdentity(peer.password().reveal());
        }
        for (KeyPair identity : peer.identities()) {
            session.addPublicKeyIdentity(identity);
        }
        AuthFuture auth = session.auth();
        boolean finished = auth.await(SshCollector.budget(config.authTimeout(), deadline));
        if (check.refused()) {
            throw hostKeyRefused.get();
        }
        if (!finished) {
            throw new SshCollector.AttemptFailed(PollStatus.TIMEOUT, "no key exchange or authentication answer"
                    + (peer.jumpHost() ? " from " + peer.name() : "") + " within "
                    + SshCollector.human(config.authTimeout()));
        }
        if (!auth.isSuccess()) {
            Throwable cause = auth.getException();
            throw cause instanceof IOException io ? io : new IOException(cause);
        }
    }
}
