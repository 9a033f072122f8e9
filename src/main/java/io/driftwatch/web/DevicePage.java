package io.driftwatch.web;

import java.util.List;

/** One page of the device list, as {@code GET /api/devices} answers when asked for a page. */
public record DevicePage(List<DeviceJson> items, long total, int page, int size) {
}
