package io.driftwatch.history;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

@ApplicationScoped
public class BastionRepository implements PanacheRepository<Bastion> {

    public Optional<Bastion> findByAddress(String address) {
        return find("address", address).firstResultOptional();
    }
}
