package io.driftwatch.alerting;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class DeliveryRepository implements PanacheRepository<Delivery> {

    /**
     * Pending deliveries of a hook that are due and first in line: none earlier with the same order key is still
     * pending, so a device's events never overtake one another, even across failures and restarts.
     */
    public List<Delivery> due(String hook, Instant now, int limit) {
        return getEntityManager().createQuery("select d from Delivery d where d.hook = :hook"
                + " and d.state = :pending and d.nextAttemptAt <= :now and not exists (select 1 from Delivery e"
                + " where e.hook = d.hook and e.state = :pending and e.orderKey = d.orderKey and e.id < d.id)"
                + " order by d.id", Delivery.class)
                .setParameter("hook", hook).setParameter("pending", Delivery.State.PENDING)
                .setParameter("now", now).setMaxResults(limit).getResultList();
    }

    /**
     * Held events of a digest hook whose sweep is over (finished, interrupted, or purged), oldest first, locked until
     * the transaction ends: a sender that lost its lease in the middle of writing digests blocks the next holder,
     * which then finds the rows digested rather than writing a second, empty, digest.
     */
    public List<Delivery> heldOfEndedSweeps(String hook) {
        return find("hook = ?1 and state = ?2 and not exists (select 1 from Sweep s where s.id = sweepId"
                + " and s.state = io.driftwatch.history.Sweep.State.RUNNING) order by sweepId, id", hook,
                Delivery.State.HELD).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    /** Turns a hook's held events into plain pending ones, for a hook that no longer digests. */
    public int release(String hook, Instant now) {
        return update("state = ?1, nextAttemptAt = ?2 where hook = ?3 and state = ?4", Delivery.State.PENDING, now,
                hook, Delivery.State.HELD);
    }

    /** The events a digest carried, oldest first. */
    public List<Delivery> inDigest(long digestId) {
        return list("digestId = ?1 order by id", digestId);
    }

    /** Undelivered rows (pending or held) per hook, configured or not: the outbox backlog, for pages and metrics. */
    public Map<String, Long> backlogByHook() {
        Map<String, Long> backlog = new LinkedHashMap<>();
        for (Object[] row : getEntityManager().createQuery("select hook, count(*) from Delivery"
                + " where state in (:open) group by hook order by hook", Object[].class)
                .setParameter("open", List.of(Delivery.State.PENDING, Delivery.State.HELD)).getResultList()) {
            backlog.put((String) row[0], (Long) row[1]);
        }
        return backlog;
    }

    /** When each hook last delivered something. */
    public Map<String, Instant> lastDeliveredByHook() {
        Map<String, Instant> last = new LinkedHashMap<>();
        for (Object[] row : getEntityManager().createQuery("select hook, max(deliveredAt) from Delivery"
                + " where state = :delivered group by hook", Object[].class)
                .setParameter("delivered", Delivery.State.DELIVERED).getResultList()) {
            last.put((String) row[0], (Instant) row[1]);
        }
        return last;
    }

    /** The most recent failed attempt of a hook that is still pending, if any: what is wrong right now. */
    public Delivery lastFailure(String hook) {
        return find("hook = ?1 and state = ?2 and lastError is not null order by lastAttemptAt desc", hook,
                Delivery.State.PENDING).firstResult();
    }

    /** A hook's deliveries, newest first; {@code state} null for all. */
    public List<Delivery> recent(String hook, Delivery.State state, int limit) {
        if (state == null) {
            return find("hook = ?1 order by id desc", hook).page(0, limit).list();
        }
        return find("hook = ?1 and state = ?2 order by id desc", hook, state).page(0, limit).list();
    }

    /** The newest deliveries of every hook. */
    public List<Delivery> latest(int limit) {
        return find("order by id desc").page(0, limit).list();
    }
}
