package io.driftwatch.drift;

import java.nio.file.Path;

/** A policy file that cannot be used; the message names the file, the line (when known) and the field. */
public class PolicyException extends Exception {

    public PolicyException(Path file, int line, String reason) {
        super(line > 0 ? file + ":" + line + ": " + reason : file + ": " + reason);
    }
}
