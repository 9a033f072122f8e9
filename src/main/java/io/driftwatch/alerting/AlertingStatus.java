package io.driftwatch.alerting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** How each hook stands, configured or left over in the outbox, for the page and the API. */
@ApplicationScoped
public class AlertingStatus {

    private final Hooks hooks;
    private final DeliveryRepository deliveries;

    public AlertingStatus(Hooks hooks, DeliveryRepository deliveries) {
        this.hooks = hooks;
        this.deliveries = deliveries;
    }

    @Transactional
    public List<HookStatus> hooks() {
        Map<String, Long> backlog = deliveries.backlogByHook();
        Map<String, Instant> lastDelivered = deliveries.lastDeliveredByHook();
        List<HookStatus> statuses = new ArrayList<>();
        for (Hook hook : hooks.all()) {
            statuses.add(status(hook.name(), hook.type().configName(), hook.target(),
                    hook.events().stream().sorted().toList(), hook.groups().stream().sorted().toList(), hook.digest(),
                    true, backlog, lastDelivered));
        }
        for (String left : backlog.keySet()) {
            if (hooks.named(left).isEmpty()) {
                statuses.add(status(left, null, null, List.of(), List.of(), false, false, backlog, lastDelivered));
            }
        }
        return statuses;
    }

    private HookStatus status(String name, String type, String target, List<String> events, List<String> groups,
            boolean digest, boolean configured, Map<String, Long> backlog, Map<String, Instant> lastDelivered) {
        Delivery failure = deliveries.lastFailure(name);
        return new HookStatus(name, type, target, events, groups, digest, configured, backlog.getOrDefault(name, 0L),
                lastDelivered.get(name), failure == null ? null : failure.lastError,
                failure == null ? null : failure.lastAttemptAt, failure == null ? null : failure.nextAttemptAt);
    }

    /** A hook's deliveries, newest first. */
    @Transactional
    public List<Delivery> deliveries(String hook, Delivery.State state, int limit) {
        return deliveries.recent(hook, state, limit);
    }

    /** The newest deliveries of every hook. */
    @Transactional
    public List<Delivery> latest(int limit) {
        return deliveries.latest(limit);
    }
}
