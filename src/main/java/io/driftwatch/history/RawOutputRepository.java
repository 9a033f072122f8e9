package io.driftwatch.history;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

@ApplicationScoped
public class RawOutputRepository implements PanacheRepositoryBase<RawOutput, Long> {

    public List<RawOutput> byDeviceIds(Collection<Long> deviceIds) {
        return list("deviceId in ?1", deviceIds);
    }

    /** Keeps {@code output} as the device's latest raw output, in place of the one kept before. */
    public void keep(long deviceId, long sweepId, Instant capturedAt, String command, String output) {
        RawOutput kept = findById(deviceId);
        boolean fresh = kept == null;
        if (fresh) {
            kept = new RawOutput();
            kept.deviceId = deviceId;
        }
        kept.sweepId = sweepId;
        kept.capturedAt = capturedAt;
        kept.command = command;
        kept.output = output;
        if (fresh) {
            persist(kept);
        }
    }
}
