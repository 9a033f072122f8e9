package io.driftwatch.polling;

import io.driftwatch.inventory.GroupOptions;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.security.KeyPair;
import java.security.PublicKey;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.future.AuthFuture;
import org.apache.sshd.client.future.ConnectFuture;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.client.session.forward.ExplicitPortForwardingTracker;
import org.apache.sshd.common.AttributeRepository;
import org.apache.sshd.common.util.net.SshdSocketAddress;

/**
 * Opens tunnels through bastions: a session to the bastion with its own login and host key check, and a local port
 * forward from loopback to the device, which the device's own session then connects to.
 *
 * <p>
 * This is what MINA itself does for {@code HostConfigEntry.setProxyJump} ({@code SshClient} connects the jump
 * session, then forwards a loopback port with {@code createLocalPortForwardingTracker}). It is done by hand here
 * because MINA's proxy jump hands the jump session the same connection context as the device's session, so the
 * per-connection {@link HostKeyCheck} would judge the bastion's key as if it were the router's, and it logs in to
 * the bastion with the client-wide identities instead of the bastion's credential.
 */
@ApplicationScoped
public class JumpTunnels {

    private static final Duration CLOSE_WAIT = Duration.ofSeconds(1);

    private final SshClient client;
    private final SshConfig config;
    /** Trust on first use for bastions, for the life of the process: they have no row in the device table. */
    private final Map<String, PublicKey> pinned = new ConcurrentHashMap<>();

    public JumpTunnels(SshClient client, SshConfig config) {
        this.client = client;
        this.config = config;
    }

    /** @throws SshCollector.AttemptFailed with a reason naming the bastion when it cannot be used */
    JumpTunnel open(PollTarget target, long deadline) {
        PollTarget.Jump jump = target.jump();
        boolean strict = config.hostKeyMode() == SshConfig.HostKeyMode.STRICT;
        PublicKey pin = pinned.get(jump.address());
        HostKeyCheck check = new HostKeyCheck(strict ? jump.knownHostKeys() : pin == null ? List.of() : List.of(pin),
                !strict);
        ClientSession session = null;
        try {
            session = connect(jump, check, deadline);
            authenticate(session, jump, check, deadline);
            if (!strict && pin == null && check.offered() != null) {
                pinned.putIfAbsent(jump.address(), check.offered());
            }
            ExplicitPortForwardingTracker forward = session.createLocalPortForwardingTracker(
                    new SshdSocketAddress("127.0.0.1", 0), new SshdSocketAddress(target.host(), target.port()));
            return new JumpTunnel(session, forward);
        } catch (SshCollector.AttemptFailed failure) {
            close(session);
            throw failure;
        } catch (IOException | RuntimeException e) {
            close(session);
            throw failed(jump, check, e);
        }
    }

    private ClientSession connect(PollTarget.Jump jump, HostKeyCheck check, long deadline) throws IOException {
        // No group algorithms here: the bastion is a modern host even when the routers behind it are not.
        ConnectFuture future = client.connect(jump.username(), jump.host(), jump.port(),
                AttributeRepository.ofAttributesMap(Map.<AttributeRepository.AttributeKey<?>, Object>of(
                        HostKeyCheck.KEY, check, SessionAlgorithms.KEY, GroupOptions.SshAlgorithms.NONE)),
                null);
        if (!future.await(SshCollector.budget(config.connectTimeout(), deadline))) {
            future.cancel();
            throw new SshCollector.AttemptFailed(PollStatus.UNREACHABLE, "no TCP answer from jump host "
                    + jump.address() + " within " + SshCollector.human(config.connectTimeout()));
        }
        if (!future.isConnected()) {
            Throwable cause = future.getException();
            throw cause instanceof IOException io ? io : new IOException(cause);
        }
        return future.getSession();
    }

    private void authenticate(ClientSession session, PollTarget.Jump jump, HostKeyCheck check, long deadline)
            throws IOException {
        if (jump.password() != null) {
            session.addPasswordIdentity(jump.password().reveal());
        }
        for (KeyPair identity : jump.identities()) {
            session.addPublicKeyIdentity(identity);
        }
        AuthFuture auth = session.auth();
        boolean finished = auth.await(SshCollector.budget(config.authTimeout(), deadline));
        if (check.refused()) {
            throw hostKeyRefused(jump, check);
        }
        if (!finished) {
            throw new SshCollector.AttemptFailed(PollStatus.TIMEOUT, "no key exchange or authentication answer from"
                    + " jump host " + jump.address() + " within " + SshCollector.human(config.authTimeout()));
        }
        if (!auth.isSuccess()) {
            Throwable cause = auth.getException();
            throw cause instanceof IOException io ? io : new IOException(cause);
        }
    }

    /**
     * Not {@code HOST_KEY_CHANGED}: that status pins and reports the device's key, and this key is the bastion's.
     */
    private static SshCollector.AttemptFailed hostKeyRefused(PollTarget.Jump jump, HostKeyCheck check) {
        String offered = check.offered() == null ? "" : " " + HostKeys.fingerprint(HostKeys.toLine(check.offered()));
        return new SshCollector.AttemptFailed(PollStatus.ERROR, "jump host " + jump.address() + " offered host key"
                + offered + ", which is not the one known for it; nothing was sent");
    }

    private static SshCollector.AttemptFailed failed(PollTarget.Jump jump, HostKeyCheck check, Throwable error) {
        if (check.refused()) {
            return hostKeyRefused(jump, check);
        }
        String root = SshCollector.rootMessage(error);
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof ConnectException) {
                return new SshCollector.AttemptFailed(PollStatus.UNREACHABLE,
                        "cannot connect to jump host " + jump.address() + ": " + root);
            }
            if (t.getMessage() != null && t.getMessage().contains("No more authentication methods available")) {
                return new SshCollector.AttemptFailed(PollStatus.AUTH_FAILED,
                        "jump host " + jump.address() + " rejected user '" + jump.username() + "'");
            }
        }
        return new SshCollector.AttemptFailed(PollStatus.ERROR, "jump host " + jump.address() + ": " + root);
    }

    private static void close(ClientSession session) {
        if (session != null) {
            session.close(true);
        }
    }

    /** One device's way through a bastion; closing it ends the forward and the bastion session. */
    static final class JumpTunnel {
        private final ClientSession session;
        private final ExplicitPortForwardingTracker forward;

        JumpTunnel(ClientSession session, ExplicitPortForwardingTracker forward) {
            this.session = session;
            this.forward = forward;
        }

        InetSocketAddress localAddress() {
            SshdSocketAddress bound = forward.getBoundAddress();
            return new InetSocketAddress(bound.getHostName(), bound.getPort());
        }

        /** Gracefully but briefly, so the router's last bytes through the forward are not cut off mid-channel. */
        void close() {
            try {
                forward.close();
            } catch (IOException e) {
                // The session is closed next, which ends the forward anyway.
            }
            session.close(false).awaitUninterruptibly(CLOSE_WAIT);
        }
    }
}
