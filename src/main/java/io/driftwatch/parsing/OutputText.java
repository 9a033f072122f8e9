package io.driftwatch.parsing;

import java.util.ArrayList;
import java.util.List;
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

    /** Group 1 of the first line the pattern finds, trimmed; null when no line matches or the group is blank. */
    static String firstGroup(Pattern pattern, List<String> lines) {
        for (String line : lines) {
            Matcher matcher = pattern.matcher(line);
            if (matcher.find()) {
                return blankToNull(matcher.group(1));
            }
        }
        return null;
    }

    /** Like {@link #firstGroup} but tries each pattern in turn, for outputs whose format changed between releases. */
    static String firstGroup(List<Pattern> patterns, List<String> lines) {
        for (Pattern pattern : patterns) {
            String value = firstGroup(pattern, lines);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /**
     * A pattern for a "label: value" line, group 1 being the value. Indentation and padding around the colon are
     * allowed because key/value outputs (FortiOS, PAN-OS, RouterOS, EdgeOS) right-align or pad their labels.
     */
    static Pattern labelled(String label) {
        return Pattern.compile("^\\s*" + Pattern.quote(label) + "\\s*:\\s*(.*)$");
    }

    static String blankToNull(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    static String firstNonNull(String first, String second) {
        return first != null ? first : second;
    }
}
