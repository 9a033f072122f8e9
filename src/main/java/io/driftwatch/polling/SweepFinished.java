package io.driftwatch.polling;

import io.driftwatch.history.Sweep;
import java.time.Duration;

/**
 * Fired (as a CDI event) once a sweep's outcome is stored, for whatever reports on sweeps: digests, metrics.
 *
 * @param devices how many devices the sweep recorded
 */
public record SweepFinished(long sweepId, Sweep.State state, int devices, Duration took) {
}
