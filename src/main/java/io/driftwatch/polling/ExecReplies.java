package io.driftwatch.polling;

import java.util.List;
import java.util.Locale;

/**
 * Tells an exec reply that is a refusal in disguise from a real answer. Many routers accept the exec channel and
 * then answer {@code % exec not supported, use a shell} with exit status 1, print nothing, or print only an
 * "invalid input" line; such a device has to be asked through its interactive shell instead. The one list of error
 * phrases lives here, and the test is plain string scanning over a short, cleaned reply, so it costs linear time
 * whatever a router sends.
 */
final class ExecReplies {

    /** Phrases routers answer an exec request with when they will not run it; matched case-insensitively. */
    static final List<String> ERROR_PHRASES = List.of(
            "% invalid",
            "invalid input",
            "invalid command",
            "unknown command",
            "unrecognized command",
            "command not found",
            "not supported",
            "use a shell",
            "syntax error",
            "% error",
            "incomplete command",
            "ambiguous command");

    /** A reply longer than this is an answer, whatever its exit status: a real version output is longer. */
    static final int SHORT_REPLY_CHARS = 512;
    private static final int SHORT_REPLY_LINES = 4;
    /** How much of the reply a learned reason quotes. */
    private static final int QUOTE_CHARS = 80;

    private ExecReplies() {
    }

    /**
     * Why this exec reply is no answer, or null when it is one: nothing printed, or a short reply that exited
     * non-zero or consists of an error line.
     *
     * @param exit the exit status, or null when the router sent none
     * @param out  what the command printed
     * @param err  what it printed on stderr
     */
    static String unusable(Integer exit, String out, String err) {
        String output = clean(out, SHORT_REPLY_CHARS + 1);
        String error = clean(err, SHORT_REPLY_CHARS + 1);
        boolean failedExit = exit != null && exit != 0;
        if (output.isEmpty()) {
            if (!error.isEmpty()) {
                return "exec answered '" + quote(error) + "'";
            }
            return failedExit ? "exec exited with status " + exit + " and printed nothing" : "exec printed nothing";
        }
        if (output.length() > SHORT_REPLY_CHARS || lines(output) > SHORT_REPLY_LINES) {
            return null;
        }
        if (failedExit || isErrorLine(output)) {
            return "exec answered '" + quote(output) + "'" + (failedExit ? " (exit status " + exit + ")" : "");
        }
        return null;
    }

    /** Whether a short reply reads as a router's refusal to run the command. */
    static boolean isErrorLine(String reply) {
        String lower = reply.toLowerCase(Locale.ROOT);
        for (String phrase : ERROR_PHRASES) {
            if (lower.contains(phrase)) {
                return true;
            }
        }
        return false;
    }

    /**
     * At most {@code max} characters of the text without control characters (tab and newline kept), blank lines
     * and surrounding blanks; one pass, so a hostile reply costs no more than its length.
     */
    static String clean(String text, int max) {
        if (text == null) {
            return "";
        }
        StringBuilder kept = new StringBuilder(Math.min(text.length(), max));
        boolean lineStart = true;
        for (int i = 0; i < text.length() && kept.length() < max; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                if (!lineStart) {
                    kept.append('\n');
                    lineStart = true;
                }
            } else if (c == '\t' || c == ' ') {
                if (!lineStart) {
                    kept.append(' ');
                }
            } else if (!Character.isISOControl(c) && c != '\uFFFD') {
                kept.append(c);
                lineStart = false;
            }
        }
        return kept.toString().strip();
    }

    private static int lines(String text) {
        int lines = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines++;
            }
        }
        return lines;
    }

    private static String quote(String text) {
        String line = text.replace('\n', ' ');
        return line.length() <= QUOTE_CHARS ? line : line.substring(0, QUOTE_CHARS) + "…";
    }
}
