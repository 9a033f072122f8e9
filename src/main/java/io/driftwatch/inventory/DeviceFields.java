package io.driftwatch.inventory;

import java.util.Map;
import java.util.Set;

/**
 * One device as read from YAML or CSV, before validation: the fields present, each with the line it was written on.
 *
 * @param line   where the device starts, which becomes {@link DeviceSpec#line()}
 * @param fields by key ({@code name}, {@code host}, ...); absent or empty fields are left out
 */
record DeviceFields(int line, Map<String, Field> fields) {

    static final Set<String> KEYS = Set.of("name", "host", "port", "platform", "credential", "group", "zone");

    DeviceFields {
        fields = Map.copyOf(fields);
    }

    record Field(String value, int line) {
    }

    String value(String key) {
        Field field = fields.get(key);
        return field == null ? null : field.value();
    }

    /** The field's own line, or the device's when the field is missing. */
    int lineOf(String key) {
        Field field = fields.get(key);
        return field == null ? line : field.line();
    }
}
