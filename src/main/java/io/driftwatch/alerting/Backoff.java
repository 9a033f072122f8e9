package io.driftwatch.alerting;

import java.time.Duration;

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
}
