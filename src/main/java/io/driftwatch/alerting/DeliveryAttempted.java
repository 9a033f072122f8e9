package io.driftwatch.alerting;

import java.time.Duration;

/**
 * Fired (as a CDI event) after every delivery attempt, for counting successes and failures per hook.
 *
 * @param error why it failed; null when delivered
 */
public record DeliveryAttempted(String hook, HookType type, Delivery.Kind kind, boolean delivered, Duration took,
        String error) {
}
