package io.driftwatch.inventory;

import io.driftwatch.files.SourceFileException;
import io.driftwatch.files.SourceFiles;
import io.driftwatch.files.YamlNode;
import io.driftwatch.files.YamlTreeReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Reads the YAML shapes: a full inventory ({@code credentials} and {@code devices}) or, beside a CSV device list, a
 * credentials file holding only {@code credentials}. Checks structure and keys; device values are checked by
 * {@link DeviceValidator}.
 */
final class YamlInventoryReader {

    /** What a YAML inventory holds before device validation. */
    record Contents(Map<String, Credential> credentials, Map<String, GroupOptions> groups,
            List<DeviceFields> devices) {
    }

    /** What a credentials file beside a CSV device list holds. */
    record Logins(Map<String, Credential> credentials, Map<String, GroupOptions> groups) {
    }

    private final SecretResolver resolver;

    YamlInventoryReader(SecretResolver resolver) {
        this.resolver = resolver;
    }

    Contents readInventory(Path file) throws SourceFileException {
        SecretReferences references = SecretReferences.mask(SourceFiles.read(file), file);
        YamlNode.Mapping root = topLevel(file, references, "credentials", "devices", "groups");
        YamlNode.Entry devices = root.entries().get("devices");
        if (devices == null) {
            throw new SourceFileException(file, root.line(),
                    "no 'devices' list (write 'devices: []' for an empty fleet)");
        }
        Map<String, Credential> credentials = credentials(file, references, root.entries().get("credentials"));
        Map<String, GroupOptions> groups = new GroupReader(resolver, file, references)
                .read(root.entries().get("groups"), credentials);
        return new Contents(credentials, groups, devices(file, references, devices));
    }

    /**
     * A credentials file for a CSV inventory: {@code credentials} is required, {@code groups} is allowed (how to log
     * in belongs with the logins), nothing else is.
     */
    Logins readCredentialsFile(Path file) throws SourceFileException {
        SecretReferences references = SecretReferences.mask(SourceFiles.read(file), file);
        YamlNode.Mapping root = topLevel(file, references, "credentials", "groups");
        YamlNode.Entry entry = root.entries().get("credentials");
        if (entry == null) {
            throw new SourceFileException(file, root.line(), "no 'credentials' mapping");
        }
        Map<String, Credential> credentials = credentials(file, references, entry);
        return new Logins(credentials,
                new GroupReader(resolver, file, references).read(root.entries().get("groups"), credentials));
    }

    private static YamlNode.Mapping topLevel(Path file, SecretReferences references, String... allowedKeys)
            throws SourceFileException {
        YamlNode root = YamlTreeReader.read(references.maskedText(), file);
        String expected = "a mapping with " + String.join(", ", allowedKeys);
        if (root == null) {
            throw new SourceFileException(file, 0, "file holds no YAML, expected " + expected);
        }
        if (!(root instanceof YamlNode.Mapping mapping)) {
            throw new SourceFileException(file, root.line(), "top level must be " + expected + ", not " + root.kind());
        }
        List<String> allowed = List.of(allowedKeys);
        for (YamlNode.Entry entry : mapping.entries().values()) {
            if (!allowed.contains(entry.key())) {
                throw new SourceFileException(file, entry.keyLine(), "unknown top-level key '"
                        + references.restore(entry.key()) + "' (allowed: " + String.join(", ", allowed) + ")");
            }
        }
        return mapping;
    }

    private Map<String, Credential> credentials(Path file, SecretReferences references, YamlNode.Entry entry)
            throws SourceFileException {
        if (entry == null || entry.value() instanceof YamlNode.Scalar scalar && scalar.isEmpty()) {
            return Map.of();
        }
        if (!(entry.value() instanceof YamlNode.Mapping mapping)) {
            throw new SourceFileException(file, entry.keyLine(),
                    "'credentials' must be a mapping of name to credential, not " + entry.value().kind());
        }
        return new CredentialReader(resolver, file, references).read(mapping);
    }

    private static List<DeviceFields> devices(Path file, SecretReferences references, YamlNode.Entry entry)
            throws SourceFileException {
        if (!(entry.value() instanceof YamlNode.Sequence sequence)) {
            throw new SourceFileException(file, entry.keyLine(), "'devices' must be a list, not "
                    + entry.value().kind() + " (write 'devices: []' for an empty fleet)");
        }
        List<DeviceFields> devices = new ArrayList<>();
        for (YamlNode item : sequence.items()) {
            devices.add(device(file, references, item, devices.size() + 1));
        }
        return devices;
    }

    private static DeviceFields device(Path file, SecretReferences references, YamlNode item, int position)
            throws SourceFileException {
        if (!(item instanceof YamlNode.Mapping mapping)) {
            throw new SourceFileException(file, item.line(),
                    "device #" + position + " must be a mapping, not " + item.kind());
        }
        YamlNode.Entry nameEntry = mapping.entries().get("name");
        String label = nameEntry != null && nameEntry.value() instanceof YamlNode.Scalar name && name.text() != null
                ? "device '" + references.restore(name.text()) + "'"
                : "device #" + position;
        Map<String, DeviceFields.Field> fields = new HashMap<>();
        for (YamlNode.Entry field : mapping.entries().values()) {
            if (!DeviceFields.KEYS.contains(field.key())) {
                throw new SourceFileException(file, field.keyLine(), label, "unknown key '"
                        + references.restore(field.key()) + "' (allowed: "
                        + String.join(", ", new TreeSet<>(DeviceFields.KEYS)) + ")");
            }
            if (!(field.value() instanceof YamlNode.Scalar scalar)) {
                throw new SourceFileException(file, field.keyLine(),
                        label, field.key() + " must be a single value, not " + field.value().kind());
            }
            if (references.hasReference(scalar.text())) {
                throw new SourceFileException(file, field.keyLine(), label, field.key()
                        + " may not contain a ${...} reference; references belong in credentials");
            }
            if (scalar.text() != null && !scalar.text().isBlank()) {
                fields.put(field.key(), new DeviceFields.Field(scalar.text().strip(), field.keyLine()));
            }
        }
        return new DeviceFields(mapping.line(), fields);
    }
}
