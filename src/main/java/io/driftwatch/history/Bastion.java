package io.driftwatch.history;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

/**
 * A jump host and its pinned host key, kept like a {@link Device}'s: the bastion's credential goes only to the key
 * pinned here, across restarts, until an operator trusts another one.
 */
@Entity
public class Bastion extends PinnedHost {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bastion_seq")
    @SequenceGenerator(name = "bastion_seq", sequenceName = "bastion_seq", allocationSize = 50)
    public Long id;

    /** {@code host:port} as the inventory's {@code jump-host} names it; the bastion's name in pages and the API. */
    public String address;
}
