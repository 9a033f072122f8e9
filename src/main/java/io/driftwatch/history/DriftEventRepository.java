package io.driftwatch.history;

import io.driftwatch.domain.DriftKind;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.time.Instant;
import java.util.List;

@ApplicationScoped
public class DriftEventRepository implements PanacheRepository<DriftEvent> {

    private final Event<DriftEvent> recorded;

    public DriftEventRepository(Event<DriftEvent> recorded) {
        this.recorded = recorded;
    }

    /**
     * Stores a drift event and tells synchronous observers inside the same transaction, so whatever they add (an
     * outbox row, a counter after commit) stands or falls with the event. Every drift event is stored here.
     */
    public void record(DriftEvent event) {
        persist(event);
        recorded.fire(event);
    }

    /** Newest events matching the filter first, each with its device's name and group. */
    public List<DriftRow> recent(DriftFilter filter, int limit) {
        StringBuilder query = new StringBuilder("select new io.driftwatch.history.DriftRow(e, d.name, d.group)"
                + " from DriftEvent e, Device d where d.id = e.deviceId");
        if (filter.kind() != null) {
            query.append(" and e.kind = :kind");
        }
        if (filter.device() != null) {
            query.append(" and d.name = :device");
        }
        if (filter.group() != null) {
            query.append(" and d.group = :group");
        }
        if (filter.since() != null) {
            query.append(" and e.occurredAt >= :since");
        }
        if (filter.until() != null) {
            query.append(" and e.occurredAt < :until");
        }
        if (filter.unacknowledged()) {
            query.append(" and e.acknowledgedAt is null");
        }
        query.append(" order by e.occurredAt desc, e.id desc");
        var typed = getEntityManager().createQuery(query.toString(), DriftRow.class).setMaxResults(limit);
        if (filter.kind() != null) {
            typed.setParameter("kind", filter.kind());
        }
        if (filter.device() != null) {
            typed.setParameter("device", filter.device());
        }
        if (filter.group() != null) {
            typed.setParameter("group", filter.group());
        }
        if (filter.since() != null) {
            typed.setParameter("since", filter.since());
        }
        if (filter.until() != null) {
            typed.setParameter("until", filter.until());
        }
        return typed.getResultList();
    }

    /** Events since an instant that no operator has acknowledged yet: the overview's "needs attention" figure. */
    public long countNeedingAttention(Instant since) {
        return count("occurredAt >= ?1 and acknowledgedAt is null", since);
    }

    /**
     * A device's events of one kind since a time, newest first; the index on (device_id, occurred_at) finds them
     * and the limit bounds a device that keeps producing them.
     */
    public List<DriftEvent> ofDevice(long deviceId, DriftKind kind, Instant since, int limit) {
        return find("deviceId = ?1 and kind = ?2 and occurredAt >= ?3",
                Sort.by("occurredAt").descending().and("id", Sort.Direction.Descending), deviceId, kind, since)
                .page(Page.ofSize(limit)).list();
    }

    /** One event with its device's name and group. */
    public java.util.Optional<DriftRow> row(long id) {
        return getEntityManager().createQuery("select new io.driftwatch.history.DriftRow(e, d.name, d.group)"
                + " from DriftEvent e, Device d where d.id = e.deviceId and e.id = :id", DriftRow.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    /**
     * Filters of the drift feed; null fields do not filter. {@code until} is exclusive.
     *
     * @param unacknowledged only the events no operator has acknowledged yet (the "needs attention" view)
     */
    public record DriftFilter(DriftKind kind, String device, String group, Instant since, Instant until,
            boolean unacknowledged) {

        public static final DriftFilter ALL = new DriftFilter(null, null, null, null, null);

        public DriftFilter(DriftKind kind, String device, String group, Instant since, Instant until) {
            this(kind, device, group, since, until, false);
        }
    }
}
