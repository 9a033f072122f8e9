package io.driftwatch.history;

import io.driftwatch.domain.Compliance;

/** How many devices in the inventory are in a compliance state; a null state has no verdict yet. */
public record ComplianceCount(Compliance compliance, long devices) {
}
