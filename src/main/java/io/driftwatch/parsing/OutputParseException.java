package io.driftwatch.parsing;

/** The output does not look like the platform's version command output; the message says what was missing. */
public class OutputParseException extends Exception {

    public OutputParseException(String message) {
        super(message);
    }
}
