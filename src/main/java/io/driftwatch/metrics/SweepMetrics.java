package io.driftwatch.metrics;

import io.driftwatch.domain.PollStatus;
import io.driftwatch.history.Sweep;
import io.driftwatch.history.SweepRepository;
import io.driftwatch.polling.KeyExchangeGate;
import io.driftwatch.polling.NegotiatedAlgorithms;
import io.driftwatch.polling.SweepFinished;
import io.driftwatch.polling.SweepService;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.util.Map;

/**
 * Sweep figures: each finished sweep's duration, its failed polls by status (from the stored counts, so the
 * counter matches the sweep pages exactly), the polls in progress, what key exchanges cost, and the algorithms
 * sessions negotiated.
 */
@ApplicationScoped
public class SweepMetrics {

    private final Meters meters;
    private final SweepRepository sweeps;
    private final SweepService service;
    private final NegotiatedAlgorithms algorithms;
    private final KeyExchangeGate keyExchanges;

    public SweepMetrics(Meters meters, SweepRepository sweeps, SweepService service, NegotiatedAlgorithms algorithms,
            KeyExchangeGate keyExchanges) {
        this.meters = meters;
        this.sweeps = sweeps;
        this.service = service;
        this.algorithms = algorithms;
        this.keyExchanges = keyExchanges;
    }

    void onStart(@Observes StartupEvent event) {
        meters.sessionsInFlight(service::pollsInFlight);
        meters.keyExchanges(keyExchanges::meanSeconds, keyExchanges::waiting);
        algorithms.whenFirstSeen(combination -> meters.sshSessions(combination, algorithms::count));
        // Every kind reads 0 from the start, so rate() and absent-series alerts work before the first failure.
        for (PollStatus status : PollStatus.values()) {
            if (status != PollStatus.OK) {
                meters.sshErrors(status, 0);
            }
        }
    }

    @Transactional
    void onSweep(@Observes SweepFinished finished) {
        meters.sweepFinished(finished.state(), finished.took());
        Sweep sweep = sweeps.findById(finished.sweepId());
        if (sweep == null) {
            return;
        }
        for (Map.Entry<PollStatus, Integer> count : sweep.counts().entrySet()) {
            if (count.getKey() != PollStatus.OK) {
                meters.sshErrors(count.getKey(), count.getValue());
            }
        }
    }
}
