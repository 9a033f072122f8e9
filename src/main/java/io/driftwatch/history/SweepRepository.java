package io.driftwatch.history;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class SweepRepository implements PanacheRepository<Sweep> {

    public List<Sweep> recent(int limit) {
        return findAll(Sort.by("id").descending()).page(Page.ofSize(limit)).list();
    }

    public Optional<Sweep> latest() {
        return findAll(Sort.by("id").descending()).firstResultOptional();
    }

    /** The sweep that finished last, whatever its outcome. */
    public Optional<Sweep> lastFinished() {
        return find("finishedAt is not null", Sort.by("finishedAt").descending()).firstResultOptional();
    }

    /** The completed sweep that finished last: what each replica's share of a sweep is read from. */
    public Optional<Sweep> lastCompleted() {
        return find("state = ?1 and finishedAt is not null", Sort.by("finishedAt").descending(),
                Sweep.State.COMPLETED).firstResultOptional();
    }

    /** Sweeps a crash left marked as running: they can never finish. */
    public List<Sweep> running() {
        return list("state", Sweep.State.RUNNING);
    }
}
