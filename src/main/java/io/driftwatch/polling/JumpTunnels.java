package io.driftwatch.polling;

import io.driftwatch.domain.PollStatus;
import io.driftwatch.inventory.GroupOptions;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.security.PublicKey;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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

    private final SshLogin login;
    private final SshConfig config;
    private final BastionKeys bastionKeys;
    /**
     * Keys pinned on first contact by this process, until the next sweep's plan reads them from the database: the
     * devices of one sweep behind a new bastion then all hold it to the key the first of them met.
     */
    private final Map<String, PublicKey> firstSeen = new ConcurrentHashMap<>();

    public JumpTunnels(SshLogin login, SshConfig config, BastionKeys bastionKeys) {
        this.login = login;
        this.config = config;
        this.bastionKeys = bastionKeys;
    }

    /** @throws SshCollector.AttemptFailed with a reason naming the bastion when it cannot be used */
    JumpTunnel open(PollTarget target, long deadline) {
        PollTarget.Jump jump = target.jump();
        boolean strict = config.hostKeyMode() == SshConfig.HostKeyMode.STRICT;
        PublicKey seen = firstSeen.get(jump.address());
        List<PublicKey> accepted = strict || !jump.acceptedHostKeys().isEmpty() || seen == null
                ? jump.acceptedHostKeys()
                : List.of(seen);
        HostKeyCheck check = new HostKeyCheck(accepted, jump.revokedHostKeys(), !strict);
        ClientSession session = null;
        try {
            // No group algorithms here: the bastion is a modern host even when the routers behind it are not.
            Map<AttributeRepository.AttributeKey<?>, Object> context = Map.of(HostKeyCheck.KEY, check,
                    SessionAlgorithms.KEY, GroupOptions.SshAlgorithms.NONE);
            SshLogin.Peer peer = new SshLogin.Peer(jump.username(), jump.host(), jump.port(), jump.password(),
                    jump.identities(), "jump host " + jump.address(), true);
            session = login.connect(peer, context, deadline);
            login.authenticate(session, peer, check, () -> hostKeyRefused(jump, check), deadline);
            if (!strict && jump.acceptedHostKeys().isEmpty() && check.offered() != null) {
                firstSeen.putIfAbsent(jump.address(), check.offered());
                bastionKeys.pinFirst(jump.address(), HostKeys.toLine(check.offered()));
            } else if (!strict && jump.offerPending()) {
                bastionKeys.pinnedSeenAgain(jump.address());
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

    /**
     * {@code HOST_KEY_CHANGED} for the device, since it cannot be polled until the bastion's key is settled; the
     * offered key is kept on the bastion's row, not the device's, whose own key was never seen.
     */
    private SshCollector.AttemptFailed hostKeyRefused(PollTarget.Jump jump, HostKeyCheck check) {
        String offered = "";
        if (check.offered() != null) {
            String line = HostKeys.toLine(check.offered());
            offered = " " + HostKeys.fingerprint(line);
            if (config.hostKeyMode() == SshConfig.HostKeyMode.TOFU) {
                bastionKeys.refused(jump.address(), line);
            }
        }
        return new SshCollector.AttemptFailed(PollStatus.HOST_KEY_CHANGED, "jump host " + jump.address()
                + " offered host key" + offered + ", which " + (check.revokedOffered()
                        ? "is marked @revoked in known_hosts"
                        : "is not the one pinned for it")
                + "; the session to it was refused before authentication and nothing was sent to it");
    }

    private SshCollector.AttemptFailed failed(PollTarget.Jump jump, HostKeyCheck check, Throwable error) {
        if (check.refused()) {
            return hostKeyRefused(jump, check);
        }
        String root = SshCollector.rootMessage(error);
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof ConnectException) {
                return new SshCollector.AttemptFailed(PollStatus.UNREACHABLE,
                        "cannot connect to jump host " + jump.address() + ": " + root);
            }
            if (SshLogin.authRejected(t)) {
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
