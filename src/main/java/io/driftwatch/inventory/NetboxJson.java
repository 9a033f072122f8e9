package io.driftwatch.inventory;

import com.fasterxml.jackson.databind.JsonNode;

/** Reading values out of NetBox's JSON, where an absent, null and empty value all mean "not set". */
final class NetboxJson {

    private NetboxJson() {
    }

    /** A string or number as text, stripped; null when absent, null, blank or of another type. */
    static String text(JsonNode node) {
        if (!node.isTextual() && !node.isNumber()) {
            return null;
        }
        String text = node.asText().strip();
        return text.isEmpty() ? null : text;
    }
}
