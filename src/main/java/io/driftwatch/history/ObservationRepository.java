package io.driftwatch.history;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class ObservationRepository implements PanacheRepository<Observation> {

    /** A device's observations, newest first. */
    public List<Observation> history(long deviceId, int limit) {
        return find("deviceId", Sort.by("observedAt").descending().and("id", Sort.Direction.Descending), deviceId)
                .page(Page.ofSize(limit)).list();
    }
}
