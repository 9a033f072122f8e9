package io.driftwatch.versions;

import java.util.regex.Pattern;

/** Removes the release-kind labels that devices print after the number. */
final class Labels {

    // "(stable)" and "(GA.M)" follow a space; a parenthesis glued to the number is part of it, as in NX-OS 9.3(10).
    // Square brackets never belong to a number: "[Maintenance Release]", XR's "6.1.4[Default]".
    private static final Pattern TRAILING_LABEL = Pattern.compile("(?:\\s+\\([^()]*\\)|\\s*\\[[^\\[\\]]*\\])\\s*$");

    private Labels() {
    }

    static String strip(String version) {
        if (version == null) {
            return null;
        }
        String text = version.strip();
        while (true) {
            String shorter = TRAILING_LABEL.matcher(text).replaceFirst("").strip();
            if (shorter.equals(text) || shorter.isEmpty()) {
                return text;
            }
            text = shorter;
        }
    }
}
