package io.driftwatch.alerting;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

@ApplicationScoped
public class SilenceRepository implements PanacheRepository<Silence> {

    /** Silences in force at this time. */
    public List<Silence> activeAt(Instant at) {
        return list("removedAt is null and startsAt <= ?1 and endsAt > ?1", at);
    }

    /** Silences in force now or later, by start. */
    public List<Silence> current(Instant now) {
        return list("removedAt is null and endsAt > ?1 order by startsAt, id", now);
    }
}
