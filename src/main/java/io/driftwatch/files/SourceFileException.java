package io.driftwatch.files;

import java.nio.file.Path;

/**
 * A file an operator wrote (inventory, credentials, policy) that cannot be used. The message always names the file,
 * the line (when known), the field (when there is one) and the reason.
 */
public class SourceFileException extends Exception {

    private final Path file;
    private final int line;
    private final String field;
    private final String reason;

    public SourceFileException(Path file, int line, String reason) {
        this(file, line, null, reason);
    }

    /** @param field where in the file, such as {@code devices[3].platform}; null when the problem has no field */
    public SourceFileException(Path file, int line, String field, String reason) {
        super((line > 0 ? file + ":" + line : file.toString()) + ": " + (field == null ? "" : field + ": ") + reason);
        this.file = file;
        this.line = line;
        this.field = field;
        this.reason = reason;
    }

    /** The problem without the file, line and field, for readers that report in their own terms. */
    public String reason() {
        return field == null ? reason : field + ": " + reason;
    }

    public Path file() {
        return file;
    }

    /** 1-based line, or 0 when the problem is not tied to a line (missing file, empty file). */
    public int line() {
        return line;
    }

    /** Where in the file, or null. */
    public String field() {
        return field;
    }
}
