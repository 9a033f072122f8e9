package io.driftwatch.inventory;

import io.driftwatch.files.SourceFileException;
import io.driftwatch.files.YamlNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Turns the {@code groups:} mapping of a file into {@link GroupOptions}, checking every key and algorithm name. */
final class GroupReader {

    private static final Set<String> KEYS = Set.of("ssh", "shell", "jump-host", "enable", "zone");
    private static final Set<String> JUMP_KEYS = Set.of("host", "port", "credential");

    private final SecretResolver resolver;
    private final Path file;
    private final Path baseDir;
    private final SecretReferences references;

    GroupReader(SecretResolver resolver, Path file, SecretReferences references) {
        this.resolver = resolver;
        this.file = file;
        this.baseDir = file.toAbsolutePath().getParent();
        this.references = references;
    }

    /** @param credentials to check that each jump host's credential exists */
    Map<String, GroupOptions> read(YamlNode.Entry groups, Map<String, Credential> credentials)
            throws SourceFileException {
        if (groups == null || groups.value() instanceof YamlNode.Scalar scalar && scalar.isEmpty()) {
            return Map.of();
        }
        if (!(groups.value() instanceof YamlNode.Mapping mapping)) {
            throw new SourceFileException(file, groups.keyLine(),
                    "'groups' must be a mapping of group name to options, not " + groups.value().kind());
        }
        Map<String, GroupOptions> result = new LinkedHashMap<>();
        for (YamlNode.Entry entry : mapping.entries().values()) {
            if (references.hasReference(entry.key())) {
                throw new SourceFileException(file, entry.keyLine(), "group name '"
                        + references.restore(entry.key()) + "' may not contain a ${...} reference");
            }
            result.put(entry.key(), readOne(entry, credentials));
        }
        return result;
    }

    private GroupOptions readOne(YamlNode.Entry entry, Map<String, Credential> credentials)
            throws SourceFileException {
        String label = "group '" + entry.key() + "'";
        if (entry.value() instanceof YamlNode.Scalar scalar && scalar.isEmpty()) {
            return GroupOptions.DEFAULTS;
        }
        YamlNode.Mapping mapping = mapping(entry, label, KEYS);
        return new GroupOptions(algorithms(mapping.entries().get("ssh"), label),
                shell(mapping.entries().get("shell"), label),
                jumpHost(mapping.entries().get("jump-host"), label, credentials),
                enable(mapping.entries().get("enable"), label),
                zone(mapping.entries().get("zone"), label));
    }

    private String zone(YamlNode.Entry field, String label) throws SourceFileException {
        String zone = plainText(field, label);
        return zone == null ? null : DeviceValidator.checkZone(file, field.keyLine(), label, zone);
    }

    private YamlNode.Mapping mapping(YamlNode.Entry entry, String label, Set<String> keys)
            throws SourceFileException {
        if (!(entry.value() instanceof YamlNode.Mapping mapping)) {
            throw new SourceFileException(file, entry.keyLine(), label, "must be a mapping with "
                    + String.join(", ", new TreeSet<>(keys)) + ", not " + entry.value().kind());
        }
        for (YamlNode.Entry field : mapping.entries().values()) {
            if (!keys.contains(field.key())) {
                throw new SourceFileException(file, field.keyLine(), label, "unknown key '"
                        + references.restore(field.key()) + "' (allowed: " + String.join(", ", new TreeSet<>(keys))
                        + ")");
            }
        }
        return mapping;
    }

    private GroupOptions.SshAlgorithms algorithms(YamlNode.Entry ssh, String label) throws SourceFileException {
        if (ssh == null) {
            return GroupOptions.SshAlgorithms.NONE;
        }
        String where = label + ": ssh";
        Set<String> keys = new TreeSet<>();
        for (SshAlgorithmNames kind : SshAlgorithmNames.values()) {
            keys.add(kind.key);
        }
        YamlNode.Mapping mapping = mapping(ssh, where, keys);
        Map<SshAlgorithmNames, List<String>> byKind = new EnumMap<>(SshAlgorithmNames.class);
        for (SshAlgorithmNames kind : SshAlgorithmNames.values()) {
            byKind.put(kind, names(mapping.entries().get(kind.key), kind, where));
        }
        return new GroupOptions.SshAlgorithms(byKind.get(SshAlgorithmNames.KEX), byKind.get(SshAlgorithmNames.CIPHERS),
                byKind.get(SshAlgorithmNames.MACS), byKind.get(SshAlgorithmNames.HOST_KEY_ALGORITHMS));
    }

    private List<String> names(YamlNode.Entry field, SshAlgorithmNames kind, String where)
            throws SourceFileException {
        if (field == null) {
            return List.of();
        }
        List<YamlNode> items;
        if (field.value() instanceof YamlNode.Sequence sequence) {
            items = sequence.items();
        } else if (field.value() instanceof YamlNode.Scalar scalar && !scalar.isEmpty()) {
            items = List.of(scalar);
        } else {
            throw new SourceFileException(file, field.keyLine(), where, kind.key
                    + " must be a list of algorithm names, not " + field.value().kind());
        }
        List<String> names = new ArrayList<>();
        for (YamlNode item : items) {
            if (!(item instanceof YamlNode.Scalar scalar) || scalar.isEmpty()) {
                throw new SourceFileException(file, item.line(), where, kind.key
                        + " must list algorithm names, not " + item.kind());
            }
            String name = scalar.text().strip();
            if (!kind.supported.contains(name)) {
                String hint = kind.supported.contains(name.toLowerCase(Locale.ROOT))
                        ? " (names are lower case: '" + name.toLowerCase(Locale.ROOT) + "')"
                        : " (supported: " + String.join(", ", kind.supported) + ")";
                throw new SourceFileException(file, item.line(), where, "unknown " + kind.noun + " '"
                        + references.restore(name) + "'" + hint);
            }
            if (!names.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }

    private boolean shell(YamlNode.Entry field, String label) throws SourceFileException {
        if (field == null) {
            return false;
        }
        String text = field.value() instanceof YamlNode.Scalar scalar && scalar.text() != null
                ? scalar.text().strip().toLowerCase(Locale.ROOT)
                : "";
        return switch (text) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new SourceFileException(file, field.keyLine(),
                    label, "shell must be true or false");
        };
    }

    private GroupOptions.JumpHost jumpHost(YamlNode.Entry field, String label, Map<String, Credential> credentials)
            throws SourceFileException {
        if (field == null) {
            return null;
        }
        String where = label + ": jump-host";
        YamlNode.Mapping mapping = mapping(field, where, JUMP_KEYS);
        String host = plainText(mapping.entries().get("host"), where);
        if (host == null) {
            throw new SourceFileException(file, field.keyLine(), where, "host is required");
        }
        if (host.chars().anyMatch(Character::isWhitespace)) {
            throw new SourceFileException(file, mapping.entries().get("host").keyLine(),
                    where, "host '" + host + "' contains whitespace");
        }
        int port = DeviceValidator.DEFAULT_PORT;
        String portText = plainText(mapping.entries().get("port"), where);
        if (portText != null) {
            port = parsePort(portText);
            if (port < 0) {
                throw new SourceFileException(file, mapping.entries().get("port").keyLine(), where, "port '"
                        + portText + "' is not a whole number from 1 to 65535");
            }
        }
        String credential = plainText(mapping.entries().get("credential"), where);
        if (credential == null) {
            throw new SourceFileException(file, field.keyLine(), where, "credential is required");
        }
        if (!credentials.containsKey(credential)) {
            throw new SourceFileException(file, mapping.entries().get("credential").keyLine(), where
                    + ": credential '" + credential + "' is not defined in 'credentials' (defined: "
                    + (credentials.isEmpty() ? "none" : String.join(", ", new TreeSet<>(credentials.keySet())))
                    + ")");
        }
        return new GroupOptions.JumpHost(host, port, credential);
    }

    private static int parsePort(String text) {
        try {
            int port = Integer.parseInt(text);
            return port >= 1 && port <= 65535 ? port : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** A value that is not a secret: references are refused, as in devices. */
    private String plainText(YamlNode.Entry field, String where) throws SourceFileException {
        if (field == null) {
            return null;
        }
        if (!(field.value() instanceof YamlNode.Scalar scalar)) {
            throw new SourceFileException(file, field.keyLine(),
                    where, field.key() + " must be a single value, not " + field.value().kind());
        }
        if (references.hasReference(scalar.text())) {
            throw new SourceFileException(file, field.keyLine(), where, field.key()
                    + " may not contain a ${...} reference; references belong in credentials and enable");
        }
        return scalar.isEmpty() || scalar.text().isBlank() ? null : scalar.text().strip();
    }

    private Secret enable(YamlNode.Entry field, String label) throws SourceFileException {
        if (field == null) {
            return null;
        }
        String where = label + ": enable";
        if (!(field.value() instanceof YamlNode.Scalar scalar)) {
            throw new SourceFileException(file, field.keyLine(),
                    where + " must be a single value, not " + field.value().kind());
        }
        String raw = scalar.text() == null ? "" : scalar.text();
        String value = references.resolve(raw,
                reference -> resolver.resolve(reference, baseDir, file, field.keyLine(), where));
        if (value.isEmpty()) {
            throw new SourceFileException(file, field.keyLine(), where + " is empty"
                    + (references.hasReference(raw) ? " (from " + references.restore(raw) + ")" : ""));
        }
        return new Secret(value);
    }
}
