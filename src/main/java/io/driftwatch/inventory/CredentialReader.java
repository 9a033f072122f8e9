package io.driftwatch.inventory;

import io.driftwatch.files.SourceFileException;
import io.driftwatch.files.YamlNode;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Turns the {@code credentials:} mapping of a file into resolved {@link Credential}s. */
final class CredentialReader {

    private static final Set<String> KEYS = Set.of("username", "password", "private-key", "passphrase",
            "max-sessions");
    /** Fields that may hold {@code ${...}}; private-key is a path, not a secret. */
    private static final Set<String> SECRET_KEYS = Set.of("username", "password", "passphrase");

    private static final int MAX_SESSIONS_LIMIT = 10_000;

    private final SecretResolver resolver;
    private final Path file;
    private final Path baseDir;
    private final SecretReferences references;

    CredentialReader(SecretResolver resolver, Path file, SecretReferences references) {
        this.resolver = resolver;
        this.file = file;
        this.baseDir = file.toAbsolutePath().getParent();
        this.references = references;
    }

    Map<String, Credential> read(YamlNode.Mapping credentials) throws SourceFileException {
        Map<String, Credential> result = new LinkedHashMap<>();
        for (YamlNode.Entry entry : credentials.entries().values()) {
            if (references.hasReference(entry.key())) {
                throw new SourceFileException(file, entry.keyLine(), "credential name '"
                        + references.restore(entry.key()) + "' may not contain a ${...} reference");
            }
            result.put(entry.key(), readOne(entry));
        }
        return result;
    }

    private Credential readOne(YamlNode.Entry entry) throws SourceFileException {
        String name = entry.key();
        String label = "credential '" + name + "'";
        if (!(entry.value() instanceof YamlNode.Mapping mapping)) {
            throw new SourceFileException(file, entry.keyLine(),
                    label, "must be a mapping with username and password or private-key, not "
                            + entry.value().kind());
        }
        for (YamlNode.Entry field : mapping.entries().values()) {
            if (!KEYS.contains(field.key())) {
                throw new SourceFileException(file, field.keyLine(), label, "unknown key '"
                        + references.restore(field.key()) + "' (allowed: " + String.join(", ", new TreeSet<>(KEYS))
                        + ")");
            }
        }
        String username = resolvedText(mapping, "username", label);
        if (username == null) {
            throw new SourceFileException(file, entry.keyLine(), label, "username is required");
        }
        String password = resolvedText(mapping, "password", label);
        Path privateKey = privateKey(mapping, label);
        String passphrase = resolvedText(mapping, "passphrase", label);
        if (password == null && privateKey == null) {
            throw new SourceFileException(file, entry.keyLine(), label, "needs a password or a private-key");
        }
        if (passphrase != null && privateKey == null) {
            throw new SourceFileException(file, mapping.entries().get("passphrase").keyLine(),
                    label, "passphrase is only used with a private-key, and none is given");
        }
        return new Credential(name, username, secret(password), privateKey, secret(passphrase),
                maxSessions(mapping, label));
    }

    private static Secret secret(String value) {
        return value == null ? null : new Secret(value);
    }

    /** The field's value with references resolved, or null when absent or YAML null. */
    private String resolvedText(YamlNode.Mapping mapping, String key, String label) throws SourceFileException {
        YamlNode.Entry field = mapping.entries().get(key);
        String raw = scalarText(field, label);
        if (raw == null) {
            return null;
        }
        String where = label + ": " + key;
        String value = references.resolve(raw,
                reference -> resolver.resolve(reference, baseDir, file, field.keyLine(), where));
        if (value.isEmpty()) {
            // Names the reference, if any, so the user knows which variable or file is empty.
            throw new SourceFileException(file, field.keyLine(), where + " is empty"
                    + (references.hasReference(raw) ? " (from " + references.restore(raw) + ")" : ""));
        }
        return value;
    }

    /** Capped so that a typo such as 80000 reads as a mistake rather than as "no cap". */
    private Integer maxSessions(YamlNode.Mapping mapping, String label) throws SourceFileException {
        YamlNode.Entry field = mapping.entries().get("max-sessions");
        String raw = scalarText(field, label);
        if (raw == null) {
            return null;
        }
        try {
            int value = Integer.parseInt(raw.strip());
            if (value >= 1 && value <= MAX_SESSIONS_LIMIT) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below, the same as an out-of-range number
        }
        throw new SourceFileException(file, field.keyLine(), label, "max-sessions '" + references.restore(raw)
                + "' is not a whole number from 1 to " + MAX_SESSIONS_LIMIT);
    }

    private Path privateKey(YamlNode.Mapping mapping, String label) throws SourceFileException {
        YamlNode.Entry field = mapping.entries().get("private-key");
        String raw = scalarText(field, label);
        if (raw == null) {
            return null;
        }
        String where = label + ": private-key";
        if (raw.isBlank()) {
            throw new SourceFileException(file, field.keyLine(), where + " is empty");
        }
        if (references.hasReference(raw)) {
            throw new SourceFileException(file, field.keyLine(), where
                    + " is a path, ${...} references are only allowed in " + String.join(", ",
                            new TreeSet<>(SECRET_KEYS)));
        }
        Path key;
        try {
            key = baseDir.resolve(raw).normalize();
        } catch (InvalidPathException e) {
            throw new SourceFileException(file, field.keyLine(), where, "'" + raw + "' is not a valid path");
        }
        if (!Files.isRegularFile(key)) {
            throw new SourceFileException(file, field.keyLine(), where, "file '" + key + "' does not exist");
        }
        if (!Files.isReadable(key)) {
            throw new SourceFileException(file, field.keyLine(), where, "file '" + key + "' is not readable");
        }
        return key;
    }

    private String scalarText(YamlNode.Entry field, String label) throws SourceFileException {
        if (field == null) {
            return null;
        }
        if (!(field.value() instanceof YamlNode.Scalar scalar)) {
            throw new SourceFileException(file, field.keyLine(),
                    label, field.key() + " must be a single value, not " + field.value().kind());
        }
        return scalar.text();
    }
}
