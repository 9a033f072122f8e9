package io.driftwatch.inventory;

import io.driftwatch.files.SourceFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** Checks device values, whichever format they came from, and turns them into {@link DeviceSpec}s. */
final class DeviceValidator {

    /** Names appear in URLs of the web UI and API, so they stay URL-safe without escaping. */
    static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");
    /** Zones are matched against a replica's {@code driftwatch.cluster.zone}, a label-like setting. */
    static final Pattern ZONE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,62}");
    static final int DEFAULT_PORT = 22;
    static final String DEFAULT_GROUP = "default";

    private final Set<String> platforms;

    DeviceValidator(Set<String> platforms) {
        this.platforms = Set.copyOf(platforms);
    }

    /**
     * @param credentialsSource where the credentials were defined, named in messages about an unknown credential
     */
    List<DeviceSpec> validate(Path file, List<DeviceFields> devices, Map<String, Credential> credentials,
            String credentialsSource) throws SourceFileException {
        List<DeviceSpec> specs = new ArrayList<>();
        Map<String, Integer> lineByName = new HashMap<>();
        for (DeviceFields device : devices) {
            DeviceSpec spec = validate(file, device, credentials, credentialsSource);
            Integer firstLine = lineByName.putIfAbsent(spec.name(), spec.line());
            if (firstLine != null) {
                throw new SourceFileException(file, device.lineOf("name"), "device name '" + spec.name()
                        + "' is used twice, on lines " + firstLine + " and " + spec.line());
            }
            specs.add(spec);
        }
        return specs;
    }

    private DeviceSpec validate(Path file, DeviceFields device, Map<String, Credential> credentials,
            String credentialsSource) throws SourceFileException {
        String name = device.value("name");
        if (name == null) {
            throw new SourceFileException(file, device.line(), "device: name is required");
        }
        String label = "device '" + name + "'";
        if (!NAME.matcher(name).matches()) {
            throw new SourceFileException(file, device.lineOf("name"), label, "name must be 1-128 letters, digits,"
                    + " '.', '_' or '-', starting with a letter or digit");
        }
        String host = required(file, device, "host", label);
        if (host.chars().anyMatch(Character::isWhitespace)) {
            throw new SourceFileException(file, device.lineOf("host"), label, "host '" + host
                    + "' contains whitespace");
        }
        int port = port(file, device, label);
        String platform = required(file, device, "platform", label);
        if (!platforms.contains(platform) && !platform.equals(DeviceSpec.AUTODETECT)) {
            throw new SourceFileException(file, device.lineOf("platform"), label, "unknown platform '" + platform
                    + "' (supported: " + DeviceSpec.AUTODETECT + ", " + listOrNone(platforms) + ")");
        }
        String credential = required(file, device, "credential", label);
        if (!credentials.containsKey(credential)) {
            throw new SourceFileException(file, device.lineOf("credential"), label, "credential '" + credential
                    + "' is not defined in " + credentialsSource + " (defined: " + listOrNone(credentials.keySet())
                    + ")");
        }
        String group = device.value("group");
        String zone = checkZone(file, device.lineOf("zone"), label, device.value("zone"));
        return new DeviceSpec(name, host, port, platform, credential, group == null ? DEFAULT_GROUP : group, zone,
                device.line());
    }

    /**
     * @param zone the value as written, null when absent or empty
     * @return the zone, or null for none
     */
    static String checkZone(Path file, int line, String label, String zone) throws SourceFileException {
        if (zone != null && !ZONE.matcher(zone).matches()) {
            throw new SourceFileException(file, line, label, "zone '" + zone + "' must be 1-63 letters, digits,"
                    + " '.', '_' or '-', starting with a letter or digit");
        }
        return zone;
    }

    private static String required(Path file, DeviceFields device, String key, String label)
            throws SourceFileException {
        String value = device.value(key);
        if (value == null) {
            throw new SourceFileException(file, device.line(), label, key + " is required");
        }
        return value;
    }

    private static int port(Path file, DeviceFields device, String label) throws SourceFileException {
        String text = device.value("port");
        if (text == null) {
            return DEFAULT_PORT;
        }
        try {
            int port = Integer.parseInt(text);
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below, the same as an out-of-range number
        }
        throw new SourceFileException(file, device.lineOf("port"), label, "port '" + text
                + "' is not a whole number from 1 to 65535");
    }

    private static String listOrNone(Set<String> names) {
        return names.isEmpty() ? "none" : String.join(", ", new TreeSet<>(names));
    }
}
