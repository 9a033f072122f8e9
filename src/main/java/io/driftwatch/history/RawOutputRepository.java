package io.driftwatch.history;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class RawOutputRepository implements PanacheRepositoryBase<RawOutput, Long> {

    /** One output to keep as its device's latest raw output. */
    public record Kept(long deviceId, long sweepId, Instant capturedAt, String command, String output) {
    }

    /**
     * Keeps each output in place of the one its device had: one query finds those rows for the whole batch, where
     * a lookup per device cost a query each on a first sweep, when every device has output to keep.
     */
    public void keepAll(List<Kept> outputs) {
        if (outputs.isEmpty()) {
            return;
        }
        Map<Long, RawOutput> rows = new HashMap<>();
        list("deviceId in ?1", outputs.stream().map(Kept::deviceId).distinct().toList())
                .forEach(row -> rows.put(row.deviceId, row));
        for (Kept output : outputs) {
            RawOutput row = rows.get(output.deviceId());
            boolean fresh = row == null;
            if (fresh) {
                row = new RawOutput();
                row.deviceId = output.deviceId();
            }
            row.sweepId = output.sweepId();
            row.capturedAt = output.capturedAt();
            row.command = output.command();
            row.output = output.output();
            if (fresh) {
                persist(row);
                rows.put(row.deviceId, row);
            }
        }
    }
}
