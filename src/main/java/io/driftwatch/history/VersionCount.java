package io.driftwatch.history;

/** How many devices in the inventory of a platform run a version. */
public record VersionCount(String platform, String version, long devices) {
}
