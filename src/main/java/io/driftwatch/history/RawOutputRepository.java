package io.driftwatch.history;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;

@ApplicationScoped
public class RawOutputRepository implements PanacheRepositoryBase<RawOutput, Long> {

    public List<RawOutput> byDeviceIds(Collection<Long> deviceIds) {
        return list("deviceId in ?1", deviceIds);
    }
}
