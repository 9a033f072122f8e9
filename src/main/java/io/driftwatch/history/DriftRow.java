package io.driftwatch.history;

/** A drift event with the name and group of its device, for reading. */
public record DriftRow(DriftEvent event, String device, String group) {
}
