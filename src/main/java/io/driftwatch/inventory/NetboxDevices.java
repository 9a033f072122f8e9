package io.driftwatch.inventory;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a device of NetBox's device list (NetBox 4.x JSON) into the fields the file readers produce, or into a
 * skipped device when it lacks what a poll needs. Values it cannot read, such as a custom field holding an object, are
 * errors, like a wrong value in a file.
 */
final class NetboxDevices {

    static final String CREDENTIAL_FIELD = "driftwatch_credential";
    static final String PORT_FIELD = "driftwatch_port";
    static final String ZONE_FIELD = "driftwatch_zone";

    /** What became of one device. */
    sealed interface Result permits Usable, Skipped {
    }

    record Usable(long id, DeviceFields fields) implements Result {
    }

    record Skipped(SkippedDevice device) implements Result {
    }

    private final NetboxPlatforms platforms;
    private final NetboxGroups groups;
    private final String defaultCredential;
    private final String deviceLinkBase;

    /**
     * @param defaultCredential for devices without the custom field, or null for none
     * @param deviceLinkBase    NetBox's URL of its device pages, ending in {@code /}; a device's id follows
     */
    NetboxDevices(NetboxPlatforms platforms, NetboxGroups groups, String defaultCredential, String deviceLinkBase) {
        this.platforms = platforms;
        this.groups = groups;
        this.defaultCredential = defaultCredential;
        this.deviceLinkBase = deviceLinkBase;
    }

    Result map(JsonNode device) throws NetboxException {
        JsonNode idNode = device.path("id");
        if (!idNode.canConvertToLong()) {
            throw new NetboxException("a device in NetBox's answer has no id: the answer is not its device list");
        }
        long id = idNode.asLong();
        String name = NetboxJson.text(device.path("name"));
        Map<String, DeviceFields.Field> fields = new HashMap<>();
        List<String> missing = new ArrayList<>();
        if (name == null) {
            missing.add("no name");
        } else {
            put(fields, "name", name);
        }
        String address = NetboxJson.text(device.path("primary_ip").path("address"));
        if (address == null) {
            missing.add("no primary IP");
        } else {
            int prefixLength = address.indexOf('/');
            put(fields, "host", prefixLength < 0 ? address : address.substring(0, prefixLength));
        }
        String slug = NetboxJson.text(device.path("platform").path("slug"));
        if (slug == null) {
            put(fields, "platform", DeviceSpec.AUTODETECT);
        } else {
            platforms.platformOf(slug).ifPresentOrElse(platform -> put(fields, "platform", platform),
                    () -> missing.add("platform '" + slug + "' is no Driftwatch platform (map it with"
                            + " driftwatch.inventory.netbox.platforms." + slug + ")"));
        }
        String credential = customField(device, id, CREDENTIAL_FIELD);
        if (credential == null) {
            credential = defaultCredential;
        }
        if (credential == null) {
            missing.add("no credential (custom field " + CREDENTIAL_FIELD
                    + " is empty and driftwatch.inventory.netbox.credential is not set)");
        } else {
            put(fields, "credential", credential);
        }
        if (!missing.isEmpty()) {
            return new Skipped(new SkippedDevice(name, id, deviceLinkBase + id + "/", String.join("; ", missing)));
        }
        put(fields, "port", customField(device, id, PORT_FIELD));
        put(fields, "zone", customField(device, id, ZONE_FIELD));
        put(fields, "group", groups.groupOf(device));
        return new Usable(id, new DeviceFields(0, fields));
    }

    /** @return the custom field's value as text, or null when it is not set */
    private static String customField(JsonNode device, long id, String name) throws NetboxException {
        JsonNode value = device.path("custom_fields").path(name);
        if (!value.isMissingNode() && !value.isNull() && !value.isTextual() && !value.isNumber()) {
            throw new NetboxException("NetBox device " + id + ": custom field " + name + " holds "
                    + value.getNodeType().name().toLowerCase(Locale.ROOT) + ", not text or a number");
        }
        return NetboxJson.text(value);
    }

    private static void put(Map<String, DeviceFields.Field> fields, String key, String value) {
        if (value != null) {
            fields.put(key, new DeviceFields.Field(value, 0));
        }
    }
}
