package io.driftwatch.history;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * A host whose SSH key is pinned, a {@link Device} or a {@link Bastion}: sessions are accepted only with the pinned
 * key, and a different key is kept as offered until an operator trusts it. Both tables hold these columns alike.
 */
@MappedSuperclass
public abstract class PinnedHost extends PanacheEntityBase {

    /** Width of {@code host_key} and {@code offered_host_key}: an OpenSSH public key line. */
    public static final int HOST_KEY_WIDTH = 8192;
    /** Width of {@code host_key_pinned_by}. */
    public static final int PINNED_BY_WIDTH = 255;
    /** Who pinned the key a first session was accepted with. */
    public static final String FIRST_USE = "trust on first use";
    /** Who pinned the key strict mode found in the known_hosts file. */
    public static final String KNOWN_HOSTS = "known_hosts";

    /** The pinned host key as an OpenSSH public key line; null until first contact. */
    @Column(name = "host_key")
    public String hostKey;
    @Column(name = "host_key_pinned_at")
    public Instant hostKeyPinnedAt;
    @Column(name = "host_key_pinned_by")
    public String hostKeyPinnedBy;
    /** The different key offered at the last refused attempt, waiting for an operator to trust it. */
    @Column(name = "offered_host_key")
    public String offeredHostKey;
    @Column(name = "offered_host_key_at")
    public Instant offeredHostKeyAt;

    /**
     * Pins the key a session was accepted with, unless it is the pinned one already.
     *
     * @param by who vouched for the key: {@link #FIRST_USE} or {@link #KNOWN_HOSTS}
     */
    public void accepted(String key, Instant at, String by) {
        if (key != null && !key.equals(hostKey)) {
            pin(key, at, by);
        }
    }

    /** Pins the refused key on offer, as an operator decided; the offer is then settled. */
    public void trustOffered(Instant at, String user) {
        pin(offeredHostKey, at, user);
        dropOffer();
    }

    /**
     * Keeps a key offered instead of the pinned one, and since when: a key offered again keeps its first time.
     *
     * @return whether the key differs from the one kept before
     */
    public boolean refused(String key, Instant at) {
        if (key.equals(offeredHostKey)) {
            return false;
        }
        offeredHostKey = key;
        offeredHostKeyAt = at;
        return true;
    }

    /** Forgets a refused key: the pinned key was accepted again, so the offer is moot. */
    public void dropOffer() {
        offeredHostKey = null;
        offeredHostKeyAt = null;
    }

    private void pin(String key, Instant at, String by) {
        hostKey = key;
        hostKeyPinnedAt = at;
        hostKeyPinnedBy = by;
    }
}
