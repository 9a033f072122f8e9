package io.driftwatch.inventory;

/**
 * A device the source lists that Driftwatch cannot poll and leaves out, without refusing the whole inventory.
 *
 * @param name     as the source names it, or null when it has none
 * @param netboxId the device's id in NetBox
 * @param link     the device's page in NetBox, where it can be fixed
 * @param reason   what it lacks
 */
public record SkippedDevice(String name, long netboxId, String link, String reason) {
}
