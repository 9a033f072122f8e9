package io.driftwatch.alerting;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits an exec hook's command into words the way a shell splits them, and does nothing else a shell does: no
 * variables, globs, pipes or redirections. Whoever wants those writes {@code sh -c '...'}.
 */
final class CommandLine {

    private CommandLine() {
    }

    /**
     * Words separated by blanks; single quotes keep everything literally, double quotes keep blanks and honour
     * {@code \"} and {@code \\}, and a backslash outside quotes escapes the next character.
     *
     * @throws IllegalArgumentException for an unclosed quote or a trailing backslash
     */
    static List<String> split(String command) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (int i = 0; i < command.length(); i++) {
            char c = command.charAt(i);
            if (quote == '\'') {
                if (c == '\'') {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (quote == '"') {
                if (c == '"') {
                    quote = 0;
                } else if (c == '\\' && i + 1 < command.length()
                        && (command.charAt(i + 1) == '"' || command.charAt(i + 1) == '\\')) {
                    word.append(command.charAt(++i));
                } else {
                    word.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                inWord = true;
            } else if (c == '\\') {
                if (i + 1 == command.length()) {
                    throw new IllegalArgumentException("it ends with a lone backslash");
                }
                word.append(command.charAt(++i));
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (quote != 0) {
            throw new IllegalArgumentException("its " + (quote == '"' ? "double" : "single") + " quote is not closed");
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }
}
