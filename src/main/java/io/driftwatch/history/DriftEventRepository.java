package io.driftwatch.history;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class DriftEventRepository implements PanacheRepository<DriftEvent> {

    /** Newest events first, each with its device's name. */
    public List<DriftRow> recent(String device, int limit) {
        String query = "select new io.driftwatch.history.DriftRow(e, d.name, d.group) from DriftEvent e, Device d"
                + " where d.id = e.deviceId" + (device == null ? "" : " and d.name = :device")
                + " order by e.occurredAt desc, e.id desc";
        var typed = getEntityManager().createQuery(query, DriftRow.class).setMaxResults(limit);
        if (device != null) {
            typed.setParameter("device", device);
        }
        return typed.getResultList();
    }
}
