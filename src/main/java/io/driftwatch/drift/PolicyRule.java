package io.driftwatch.drift;

import io.driftwatch.text.Glob;
import io.driftwatch.versions.VersionConstraint;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One rule of the golden-version policy: which devices it covers (null selectors cover all) and the versions it
 * approves.
 *
 * @param platform a platform name, matched against the device's platform (the detected one for autodetect)
 * @param device   a device-name glob
 * @param model    a model glob
 * @param group    an exact group name
 */
public record PolicyRule(Path file, int line, String platform, Glob device, Glob model, String group,
        List<VersionConstraint> versions) {

    /**
     * Most specific first: a device selector beats a model selector, which beats a group, which beats a rule naming
     * only the platform; within a selector a literal beats a glob. Then a rule that also names a group or a
     * platform beats one that does not, a glob with more literal characters beats a looser one, and the rule
     * written first wins what is left.
     */
    static final Comparator<PolicyRule> MOST_SPECIFIC_FIRST = Comparator
            .comparingInt((PolicyRule r) -> level(r.device)).reversed()
            .thenComparing(Comparator.comparingInt((PolicyRule r) -> level(r.model)).reversed())
            .thenComparing(Comparator.comparingInt((PolicyRule r) -> r.group == null ? 0 : 1).reversed())
            .thenComparing(Comparator.comparingInt((PolicyRule r) -> r.platform == null ? 0 : 1).reversed())
            .thenComparing(Comparator.comparingInt(PolicyRule::literalLength).reversed())
            .thenComparingInt(PolicyRule::line);

    public PolicyRule {
        versions = List.copyOf(versions);
    }

    boolean covers(String devicePlatform, String deviceName, String deviceModel, String deviceGroup) {
        return (platform == null || platform.equalsIgnoreCase(devicePlatform == null ? "" : devicePlatform))
                && (device == null || device.matches(deviceName))
                && (model == null || model.matches(deviceModel))
                && (group == null || group.equals(deviceGroup));
    }

    boolean approves(String devicePlatform, String version) {
        return versions.stream().anyMatch(v -> v.matches(devicePlatform, version));
    }

    /** What the rule selects, e.g. {@code platform juniper_junos, group core}; the key for finding duplicates. */
    String selectors() {
        List<String> parts = new ArrayList<>(4);
        if (device != null) {
            parts.add("device " + device.text());
        }
        if (platform != null) {
            parts.add("platform " + platform);
        }
        if (model != null) {
            parts.add("model " + model.text());
        }
        if (group != null) {
            parts.add("group " + group);
        }
        return String.join(", ", parts);
    }

    /** The rule as shown beside a device: where it is written, what it selects and what it approves. */
    public String description() {
        return file.getFileName() + ":" + line + " (" + selectors() + ") approves "
                + versions.stream().map(VersionConstraint::text).collect(Collectors.joining(", "));
    }

    /** Two rules with the same key select the same devices; globs and platforms ignore case, groups do not. */
    String selectorKey() {
        return (device == null ? "" : device.text().toLowerCase(Locale.ROOT)) + "\n"
                + (platform == null ? "" : platform.toLowerCase(Locale.ROOT)) + "\n"
                + (model == null ? "" : model.text().toLowerCase(Locale.ROOT)) + "\n"
                + (group == null ? "" : group);
    }

    private int literalLength() {
        return (device == null ? 0 : device.literalLength()) + (model == null ? 0 : model.literalLength());
    }

    private static int level(Glob glob) {
        return glob == null ? 0 : glob.isLiteral() ? 2 : 1;
    }
}
