package io.driftwatch.inventory;

import io.driftwatch.files.SourceFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code ${...}} references of one file, swapped for placeholder tokens before YAML parsing.
 *
 * <p>
 * Users write {@code password: ${ROUTER_PASSWORD}} unquoted inside flow mappings, where {@code {} and {@code }} are
 * YAML indicators and would break the parse. Each reference becomes a plain alphanumeric token on the same line, so
 * the YAML parser never sees the braces and its line numbers stay those of the file.
 */
final class SecretReferences {

    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([^}\\r\\n]*)}");
    private static final String TOKEN_PREFIX = "dwSecretRef";
    private static final Pattern TOKEN = Pattern.compile(TOKEN_PREFIX + "(\\d+)x");

    private final String maskedText;
    private final List<String> references;

    private SecretReferences(String maskedText, List<String> references) {
        this.maskedText = maskedText;
        this.references = List.copyOf(references);
    }

    /** Replaces every reference in {@code text} by a token; fails on a reference that is never closed. */
    static SecretReferences mask(String text, Path file) throws SourceFileException {
        if (text.contains(TOKEN_PREFIX)) {
            // Astronomically unlikely, but a collision would silently turn user text into a secret.
            throw new SourceFileException(file, lineAt(text, text.indexOf(TOKEN_PREFIX)),
                    "the text '" + TOKEN_PREFIX + "' is reserved");
        }
        List<String> references = new ArrayList<>();
        StringBuilder masked = new StringBuilder(text.length());
        Matcher matcher = REFERENCE.matcher(text);
        int last = 0;
        while (matcher.find()) {
            checkNoUnclosedReference(text, last, matcher.start(), file);
            masked.append(text, last, matcher.start())
                    .append(TOKEN_PREFIX).append(references.size()).append('x');
            references.add(matcher.group(1));
            last = matcher.end();
        }
        checkNoUnclosedReference(text, last, text.length(), file);
        masked.append(text, last, text.length());
        return new SecretReferences(masked.toString(), references);
    }

    private static void checkNoUnclosedReference(String text, int from, int to, Path file) throws SourceFileException {
        for (int open = text.indexOf("${", from); open >= 0 && open < to; open = text.indexOf("${", open + 2)) {
            // A stray "${" in a comment line is prose, not a broken reference.
            if (!isInCommentLine(text, open)) {
                throw new SourceFileException(file, lineAt(text, open), "'${' is not closed by '}' on the same line");
            }
        }
    }

    private static boolean isInCommentLine(String text, int offset) {
        int lineStart = text.lastIndexOf('\n', offset) + 1;
        return text.substring(lineStart, offset).strip().startsWith("#");
    }

    private static int lineAt(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    String maskedText() {
        return maskedText;
    }

    boolean hasReference(String value) {
        return value != null && TOKEN.matcher(value).find();
    }

    /** The value as the user wrote it, references included; safe for messages since it holds no resolved secret. */
    String restore(String value) {
        if (value == null) {
            return null;
        }
        return TOKEN.matcher(value).replaceAll(match -> Matcher.quoteReplacement(
                "${" + references.get(Integer.parseInt(match.group(1))) + "}"));
    }

    /** The value with each reference replaced by what {@code resolver} gives for the reference's inner text. */
    String resolve(String value, ReferenceResolver resolver) throws SourceFileException {
        Matcher matcher = TOKEN.matcher(value);
        StringBuilder resolved = new StringBuilder();
        int last = 0;
        while (matcher.find()) {
            resolved.append(value, last, matcher.start())
                    .append(resolver.resolve(references.get(Integer.parseInt(matcher.group(1)))));
            last = matcher.end();
        }
        return resolved.append(value, last, value.length()).toString();
    }

    /** Turns the inner text of one reference ({@code NAME} or {@code file:/path}) into its value. */
    @FunctionalInterface
    interface ReferenceResolver {
        String resolve(String reference) throws SourceFileException;
    }

}
