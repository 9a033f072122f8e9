package io.driftwatch.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Files a test writes for the code under test to read: inventories, policies, keys, saved outputs. */
public final class TestFiles {

    private TestFiles() {
    }

    /** Writes {@code content} to {@code name} (which may hold folders) under {@code folder}; returns the file. */
    public static Path write(Path folder, String name, String content) throws IOException {
        return write(folder.resolve(name), content);
    }

    /** Writes {@code content} to {@code file}, making the folders it lives in; returns the file. */
    public static Path write(Path file, String content) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        return Files.writeString(file, content);
    }
}
