package io.driftwatch.polling;

import java.security.PublicKey;
import java.util.List;
import org.apache.sshd.common.AttributeRepository.AttributeKey;
import org.apache.sshd.common.config.keys.KeyUtils;

/**
 * The host keys one connection may present, handed to the verifier through the connection context so the shared
 * client needs no per-device state. The verifier runs during key exchange, before any password is sent.
 */
final class HostKeyCheck {

    static final AttributeKey<HostKeyCheck> KEY = new AttributeKey<>();

    private final List<PublicKey> accepted;
    private final List<PublicKey> revoked;
    private final boolean acceptUnknown;
    private volatile PublicKey offered;
    private volatile boolean refused;
    private volatile boolean revokedOffered;

    /**
     * @param accepted      keys that may be presented; empty when the device was never contacted
     * @param acceptUnknown whether a device with no accepted key is trusted on first use
     */
    HostKeyCheck(List<PublicKey> accepted, boolean acceptUnknown) {
        this(accepted, List.of(), acceptUnknown);
    }

    /** @param revoked keys refused whatever else is said about them ({@code @revoked} in known_hosts) */
    HostKeyCheck(List<PublicKey> accepted, List<PublicKey> revoked, boolean acceptUnknown) {
        this.accepted = List.copyOf(accepted);
        this.revoked = List.copyOf(revoked);
        this.acceptUnknown = acceptUnknown;
    }

    boolean verify(PublicKey key) {
        offered = key;
        revokedOffered = revoked.stream().anyMatch(k -> KeyUtils.compareKeys(k, key));
        boolean ok = !revokedOffered && (accepted.isEmpty() ? acceptUnknown
                : accepted.stream().anyMatch(k -> KeyUtils.compareKeys(k, key)));
        refused = !ok;
        return ok;
    }

    /** Whether the key was refused because it is revoked, rather than for not being the known one. */
    boolean revokedOffered() {
        return revokedOffered;
    }

    /** Why the key was refused, to follow "host key ... offered by ..." in a reason. */
    String refusal() {
        return revokedOffered ? "is marked @revoked in known_hosts" : "does not match the pinned key";
    }

    /** Whether this connection pinned nothing before and so is a first contact. */
    boolean firstContact() {
        return accepted.isEmpty();
    }

    PublicKey offered() {
        return offered;
    }

    boolean refused() {
        return refused;
    }
}
