package io.driftwatch.parsing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Text helpers shared by the parsers, so every platform copes with line endings and tabs the same way. */
final class OutputText {

    /**
     * Longest line a parser looks at; the rest of a longer line is dropped. No version output line comes near it, and
     * it bounds what any pattern can cost on one line whatever a router sends (a line of 200,000 blanks fed to
     * {@code \\s*...} patterns).
     */
    static final int MAX_LINE = 4096;

    /** What devices print in place of a value they do not have, lower case. */
    private static final Set<String> PLACEHOLDERS = Set.of(
            "-", "--", "---", "n/a", "na", "unknown", "none", "not available", "not set", "(none)", "<none>");

    private OutputText() {
    }

    /**
     * Splits output into lines with CR/CRLF endings, tabs and trailing blanks removed. Devices and terminal servers
     * disagree on all three, and none of them carries meaning in a version command's output. Lines are cut at
     * {@link #MAX_LINE} chars.
     */
    static List<String> lines(String output) {
        List<String> lines = new ArrayList<>();
        if (output == null) {
            return lines;
        }
        String text = output.replace("\r\n", "\n").replace('\r', '\n').replace('\t', ' ');
        int start = 0;
        while (true) {
            int end = text.indexOf('\n', start);
            int stop = end < 0 ? text.length() : end;
            lines.add(text.substring(start, Math.min(stop, start + MAX_LINE)).stripTrailing());
            if (end < 0) {
                return lines;
            }
            start = end + 1;
        }
    }

    /** The output with LF line ends and every line cut at {@link #MAX_LINE}, for patterns that read all of it. */
    static String capped(String output) {
        String text = output.replace("\r\n", "\n").replace('\r', '\n');
        int start = 0;
        while (true) {
            int end = text.indexOf('\n', start);
            int stop = end < 0 ? text.length() : end;
            if (stop - start > MAX_LINE) {
                return String.join("\n", lines(output));
            }
            if (end < 0) {
                return text;
            }
            start = end + 1;
        }
    }

    /**
     * Group 1 of the first line the pattern finds, trimmed; null when no line matches or the group is absent
     * ({@link #absent}: blank or a placeholder such as "--").
     */
    static String firstValue(Pattern pattern, List<String> lines) {
        for (String line : lines) {
            Matcher matcher = pattern.matcher(line);
            if (matcher.find()) {
                return present(matcher.group(1));
            }
        }
        return null;
    }

    /** Like {@link #firstValue} but tries each pattern in turn, for outputs whose format changed between releases. */
    static String firstValue(List<Pattern> patterns, List<String> lines) {
        for (Pattern pattern : patterns) {
            String value = firstValue(pattern, lines);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /**
     * The value trimmed, or null when it is {@link #absent}. The one placeholder rule of the parsers, so "--" never
     * becomes a serial number.
     */
    static String present(String value) {
        return absent(value) ? null : value.strip();
    }

    /** Whether a value is missing: null, blank, or a placeholder such as {@code --}, {@code N/A} or {@code unknown}. */
    static boolean absent(String value) {
        if (value == null) {
            return true;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() || PLACEHOLDERS.contains(trimmed.toLowerCase(Locale.ROOT));
    }

    /** The first blank-separated word of a value, or null; for values devices follow with a remark. */
    static String firstWord(String value) {
        String present = present(value);
        return present == null ? null : present.split("\\s+", 2)[0];
    }

    static String firstNonNull(String first, String second) {
        return first != null ? first : second;
    }

    /**
     * The lines after each header line, up to the next header, a line {@code end} finds (null: no such line) or
     * the end: the units of a stack, each printed as its own block under a "Switch: 1" or "Unit 1" line.
     */
    static List<List<String>> blocks(List<String> lines, Pattern header, Pattern end) {
        List<List<String>> blocks = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= lines.size(); i++) {
            boolean opens = i < lines.size() && header.matcher(lines.get(i)).matches();
            if (i == lines.size() || opens || (end != null && end.matcher(lines.get(i)).find())) {
                if (start >= 0) {
                    blocks.add(lines.subList(start, i));
                }
                start = opens ? i + 1 : -1;
            }
        }
        return blocks;
    }
}
