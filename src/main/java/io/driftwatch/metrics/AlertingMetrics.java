package io.driftwatch.metrics;

import io.driftwatch.alerting.DeliveryAttempted;
import io.driftwatch.alerting.DeliveryRepository;
import io.driftwatch.alerting.HooksConfig;
import io.micrometer.core.instrument.MultiGauge;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Hook deliveries and failures, counted per attempt, and the outbox backlog per hook. The backlog is read with one
 * grouped query every few seconds rather than at each scrape, so a scrape never touches the database.
 */
@ApplicationScoped
public class AlertingMetrics {

    private final DeliveryRepository deliveries;
    private final HooksConfig hooks;
    private final Meters meters;
    private final MultiGauge backlog;

    public AlertingMetrics(DeliveryRepository deliveries, HooksConfig hooks, Meters meters) {
        this.deliveries = deliveries;
        this.hooks = hooks;
        this.meters = meters;
        // Built here, not at start-up: the scheduler's first tick may come before the startup event reaches us.
        this.backlog = meters.outboxBacklog();
    }

    void onStart(@Observes StartupEvent event) {
        refreshBacklog();
    }

    void onAttempt(@Observes DeliveryAttempted attempt) {
        meters.hookDelivery(attempt.hook(), attempt.type().name().toLowerCase(), attempt.delivered());
    }

    @Scheduled(every = "${driftwatch.metrics.backlog-interval:10s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        refreshBacklog();
    }

    @Transactional
    void refreshBacklog() {
        // Configured hooks read 0 when nothing waits; a removed hook stays while it still has a backlog.
        Map<String, Long> perHook = new TreeMap<>();
        hooks.hooks().keySet().forEach(name -> perHook.put(name, 0L));
        perHook.putAll(deliveries.backlogByHook());
        List<MultiGauge.Row<?>> rows = new ArrayList<>();
        perHook.forEach((hook, count) -> rows.add(MultiGauge.Row.of(Meters.hookTags(hook), () -> count)));
        backlog.register(rows, true);
    }
}
