package io.driftwatch.metrics;

import io.driftwatch.domain.DriftKind;
import io.driftwatch.history.DriftEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/** Counts drift events once their transaction commits, so a rolled-back batch counts nothing. */
@ApplicationScoped
public class DriftMetrics {

    private final Meters meters;

    public DriftMetrics(Meters meters) {
        this.meters = meters;
    }

    void onStart(@Observes StartupEvent event) {
        for (DriftKind kind : DriftKind.values()) {
            meters.driftEvents(kind, 0);
        }
    }

    void onDrift(@Observes(during = TransactionPhase.AFTER_SUCCESS) DriftEvent event) {
        meters.driftEvents(event.kind, 1);
    }
}
