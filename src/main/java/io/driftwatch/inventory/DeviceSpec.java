package io.driftwatch.inventory;

/**
 * One router as the inventory file declares it.
 *
 * @param credential name of an entry under {@code credentials}
 * @param line       line of the inventory file that declared it, for messages
 */
public record DeviceSpec(String name, String host, int port, String platform, String credential, String group,
        int line) {
}
