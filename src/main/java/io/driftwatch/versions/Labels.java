package io.driftwatch.versions;

import java.util.regex.Pattern;

/** Removes the release-kind labels that devices print after the number. */
final class Labels {

    // "(stable)" and "(GA.M)" follow a space; a parenthesis glued to the number is part of it, as in NX-OS 9.3(10).
    // Square brackets never belong to a number: "[Maintenance Release]", XR's "6.1.4[Default]".
    // A match starts only where blanks start ((?<!\\s)) and gives nothing back: tried at every blank of a long run,
    // \\s+ would scan the rest of the run each time.
    private static final Pattern TRAILING_LABEL = Pattern
            .compile("(?<!\\s)(?:\\s++\\([^()]*+\\)|\\s*+\\[[^\\[\\]]*+\\])\\s*+$");
    /** Longest version text ordered; stored versions are shorter, and labels are stripped one per pass. */
    static final int MAX_LENGTH = 512;

    private Labels() {
    }

    static String strip(String version) {
        if (version == null) {
            return null;
        }
        String text = (version.length() > MAX_LENGTH ? version.substring(0, MAX_LENGTH) : version).strip();
        while (true) {
            String shorter = TRAILING_LABEL.matcher(text).replaceFirst("").strip();
            if (shorter.equals(text) || shorter.isEmpty()) {
                return text;
            }
            text = shorter;
        }
    }
}
