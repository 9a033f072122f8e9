package io.driftwatch.alerting;

import java.time.Duration;
import java.util.Optional;

/** Exponential backoff: the initial delay, doubled per further failure, capped. */
final class Backoff {

    private Backoff() {
    }

    /** The wait after the {@code failures}-th failure in a row (1 for the first). */
    static Duration after(int failures, Duration initial, Duration max) {
        int doublings = Math.max(0, Math.min(failures - 1, 40));
        Duration delay = initial;
        for (int i = 0; i < doublings && delay.compareTo(max) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(max) > 0 ? max : delay;
    }

    /**
     * The wait after a failure whose receiver asked for one with {@code Retry-After}: the longer of the two, but
     * never beyond {@code max}, so a receiver cannot silence a hook for longer than its operator allows.
     */
    static Duration after(int failures, Duration initial, Duration max, Optional<Duration> asked) {
        Duration backoff = after(failures, initial, max);
        return asked.map(wait -> wait.compareTo(max) > 0 ? max : wait)
                .filter(wait -> wait.compareTo(backoff) > 0)
                .orElse(backoff);
    }
}
