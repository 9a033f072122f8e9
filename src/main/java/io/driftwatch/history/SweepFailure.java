package io.driftwatch.history;

import io.driftwatch.domain.PollStatus;

/** A device a sweep could not poll, and why. */
public record SweepFailure(String device, PollStatus status, String reason) {
}
