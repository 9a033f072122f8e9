package io.driftwatch.history;

import io.driftwatch.domain.PollStatus;

/** How many devices in the inventory are in a status; a null status is not polled yet. */
public record StatusCount(PollStatus status, long devices) {
}
