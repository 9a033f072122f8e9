package io.driftwatch.history;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class ObservationRepository implements PanacheRepository<Observation> {

    /**
     * The devices a sweep could not poll, with why: the non-OK spans that cover that sweep. An open span covers up
     * to its device's last poll.
     */
    public List<SweepFailure> failuresOf(long sweepId) {
        return getEntityManager().createQuery("select new io.driftwatch.history.SweepFailure(d.name, o.status,"
                + " o.reason) from Observation o, Device d where d.id = o.deviceId"
                + " and o.status <> io.driftwatch.domain.PollStatus.OK and o.sweepId <= :sweep"
                + " and coalesce(o.lastSweepId, d.polledSweepId) >= :sweep order by o.status, d.name",
                SweepFailure.class).setParameter("sweep", sweepId).getResultList();
    }

    /** A device's observations, newest first. */
    public List<Observation> history(long deviceId, int limit) {
        return find("deviceId", Sort.by("observedAt").descending().and("id", Sort.Direction.Descending), deviceId)
                .page(Page.ofSize(limit)).list();
    }

    /**
     * Closes the device's current span at its last poll and opens {@code next} as its current one.
     *
     * @return the rows written
     */
    public int startSpan(Device device, Observation next) {
        int rows = 0;
        if (device.observationId != null) {
            Observation previous = findById(device.observationId);
            if (previous != null) {
                previous.lastSweepId = device.polledSweepId;
                previous.lastSeenAt = device.polledAt;
                rows++;
            }
        }
        persist(next);
        device.observationId = next.id;
        return rows + 1;
    }
}
