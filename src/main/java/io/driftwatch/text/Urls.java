package io.driftwatch.text;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Names in the dashboard's links, for its pages and for the links in alert messages alike. */
public final class Urls {

    private Urls() {
    }

    /** Text as one segment of a URL path: a device name with a space or a slash still finds its page. */
    public static String pathSegment(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
