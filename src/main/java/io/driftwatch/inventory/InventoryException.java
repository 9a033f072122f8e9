package io.driftwatch.inventory;

import java.nio.file.Path;

/** An inventory that cannot be used; the message always names the file, the line (when known) and the reason. */
public class InventoryException extends Exception {

    private final Path file;
    private final int line;
    private final String reason;

    public InventoryException(Path file, int line, String reason) {
        super(line > 0 ? file + ":" + line + ": " + reason : file + ": " + reason);
        this.file = file;
        this.line = line;
        this.reason = reason;
    }

    /** The problem without the file and line, for readers of other YAML files that report in their own terms. */
    public String reason() {
        return reason;
    }

    public Path file() {
        return file;
    }

    /** 1-based line, or 0 when the problem is not tied to a line (missing file, empty file). */
    public int line() {
        return line;
    }
}
