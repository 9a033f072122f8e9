package io.driftwatch.drift;

/** One detected change, before it is stored: {@code from} and {@code to} are what the kind compares. */
public record Drift(DriftKind kind, String from, String to) {
}
