package io.driftwatch.alerting;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One sweep's events for one hook, as one message.
 *
 * @param id         the idempotency key, {@code digest-<sweep id>}
 * @param sweepState how the sweep ended: COMPLETED or INTERRUPTED
 * @param link       the sweep's page on the dashboard
 */
public record DigestMessage(String id, long sweepId, String sweepState, List<EventMessage> events, String link) {

    /** How many events of each kind, by kind name. */
    public Map<String, Integer> counts() {
        Map<String, Integer> counts = new TreeMap<>();
        events.forEach(e -> counts.merge(e.kind(), 1, Integer::sum));
        return counts;
    }

    /** {@code 3 drift events: 2 version changed, 1 host key changed}. */
    public String summary() {
        StringBuilder text = new StringBuilder().append(events.size())
                .append(events.size() == 1 ? " drift event: " : " drift events: ");
        String separator = "";
        for (Map.Entry<String, Integer> count : counts().entrySet()) {
            text.append(separator).append(count.getValue()).append(' ')
                    .append(count.getKey().replace('_', ' ').toLowerCase(java.util.Locale.ROOT));
            separator = ", ";
        }
        return text.toString();
    }
}
