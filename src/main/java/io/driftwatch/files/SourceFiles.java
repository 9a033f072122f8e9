package io.driftwatch.files;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads an inventory or credentials file as text, turning every I/O failure into a message naming the file. */
public final class SourceFiles {

    private SourceFiles() {
    }

    public static String read(Path file) throws SourceFileException {
        if (Files.isDirectory(file)) {
            throw new SourceFileException(file, 0, "is a directory, not a file");
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new SourceFileException(file, 0, "file not found (working directory: "
                    + Path.of("").toAbsolutePath() + ")");
        } catch (CharacterCodingException e) {
            throw new SourceFileException(file, 0, "is not UTF-8 text");
        } catch (IOException | SecurityException e) {
            throw new SourceFileException(file, 0, "cannot read file (" + e.getClass().getSimpleName() + ")");
        }
        // Spreadsheet tools and Windows editors prepend a byte order mark that would otherwise be part of a key.
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new SourceFileException(file, 0, "file is empty");
        }
        return text;
    }
}
