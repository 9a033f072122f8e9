package io.driftwatch.inventory;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Where a NetBox device's Driftwatch group comes from ({@code driftwatch.inventory.netbox.group}): the slug of its
 * site, role or tenant, or the first of its tags whose slug starts with a prefix, without the prefix.
 */
final class NetboxGroups {

    static final String TAG = "tag:";

    private final String field;
    private final String tagPrefix;

    private NetboxGroups(String field, String tagPrefix) {
        this.field = field;
        this.tagPrefix = tagPrefix;
    }

    static NetboxGroups of(String setting) throws NetboxException {
        String mode = setting.strip();
        if (mode.equals("site") || mode.equals("role") || mode.equals("tenant")) {
            return new NetboxGroups(mode, null);
        }
        if (mode.startsWith(TAG) && mode.length() > TAG.length()) {
            return new NetboxGroups(null, mode.substring(TAG.length()));
        }
        throw new NetboxException("driftwatch.inventory.netbox.group '" + setting
                + "' is none of site, role, tenant and tag:<prefix>");
    }

    /** @return the device's group, or null for none (the inventory's default group) */
    String groupOf(JsonNode device) {
        if (field != null) {
            return NetboxJson.text(device.path(field).path("slug"));
        }
        for (JsonNode tag : device.path("tags")) {
            String slug = NetboxJson.text(tag.path("slug"));
            if (slug != null && slug.startsWith(tagPrefix) && slug.length() > tagPrefix.length()) {
                return slug.substring(tagPrefix.length());
            }
        }
        return null;
    }
}
