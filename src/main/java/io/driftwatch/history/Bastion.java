package io.driftwatch.history;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;

/**
 * A jump host and its pinned host key, kept like a {@link Device}'s: the bastion's credential goes only to the key
 * pinned here, across restarts, until an operator trusts another one.
 */
@Entity
public class Bastion extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bastion_seq")
    @SequenceGenerator(name = "bastion_seq", sequenceName = "bastion_seq", allocationSize = 50)
    public Long id;

    /** {@code host:port} as the inventory's {@code jump-host} names it; the bastion's name in pages and the API. */
    public String address;

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
}
