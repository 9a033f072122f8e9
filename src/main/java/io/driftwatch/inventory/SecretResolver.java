package io.driftwatch.inventory;

import io.driftwatch.files.SourceFileException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Resolves the inner text of a secret reference: {@code NAME} reads environment variable NAME, {@code file:/path}
 * reads a file such as a Kubernetes secret mount. Messages name the reference, never its value.
 */
final class SecretResolver {

    private static final String FILE_PREFIX = "file:";
    private static final Pattern ENVIRONMENT_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final Function<String, String> environment;

    SecretResolver(Function<String, String> environment) {
        this.environment = environment;
    }

    /**
     * @param baseDir folder that relative {@code file:} paths are resolved against (the inventory's folder)
     * @param where   what a message should name, e.g. {@code credential 'core-ro': password}
     */
    String resolve(String reference, Path baseDir, Path file, int line, String where) throws SourceFileException {
        if (reference.startsWith(FILE_PREFIX)) {
            return readSecretFile(reference.substring(FILE_PREFIX.length()).strip(), baseDir, file, line, where);
        }
        String name = reference.strip();
        if (!ENVIRONMENT_NAME.matcher(name).matches()) {
            throw new SourceFileException(file, line, where, "'${" + reference
                    + "}' is neither ${ENVIRONMENT_VARIABLE} nor ${file:/path}");
        }
        String value = environment.apply(name);
        if (value == null) {
            throw new SourceFileException(file, line, where, "environment variable '" + name + "' is not set");
        }
        return value;
    }

    private static String readSecretFile(String pathText, Path baseDir, Path file, int line, String where)
            throws SourceFileException {
        if (pathText.isEmpty()) {
            throw new SourceFileException(file, line, where, "'${file:}' names no file");
        }
        Path secretFile = baseDir.resolve(pathText);
        String content;
        try {
            content = Files.readString(secretFile, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new SourceFileException(file, line, where, "secret file '" + secretFile + "' is not UTF-8 text");
        } catch (IOException | SecurityException e) {
            // The exception's own message is only the path for the usual cases, but its type says why.
            throw new SourceFileException(file, line,
                    where, "cannot read secret file '" + secretFile + "' (" + e.getClass().getSimpleName() + ")");
        }
        // Secret mounts and `echo secret > file` end in one newline that is not part of the secret.
        if (content.endsWith("\r\n")) {
            return content.substring(0, content.length() - 2);
        }
        if (content.endsWith("\n")) {
            return content.substring(0, content.length() - 1);
        }
        return content;
    }
}
