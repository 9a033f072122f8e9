package io.driftwatch.polling;

/**
 * Fired (as a CDI event) on a replica whose part of a cluster sweep is over because another replica closed it; the
 * closing replica fires {@link SweepFinished} instead, so what happens once per sweep (digests, duration metrics)
 * happens once, and what each replica shows (fleet gauges) is refreshed on every one.
 */
public record SweepLeft(long sweepId) {
}
