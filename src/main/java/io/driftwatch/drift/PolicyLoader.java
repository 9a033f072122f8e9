package io.driftwatch.drift;

import io.driftwatch.files.SourceFileException;
import io.driftwatch.files.SourceFiles;
import io.driftwatch.files.YamlNode;
import io.driftwatch.files.YamlTreeReader;
import io.driftwatch.text.Glob;
import io.driftwatch.versions.VersionConstraint;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads a policy file with the inventory's line-tracking YAML reader, so every problem is reported as
 * {@code file:line: rule #n: field: reason}. Unknown keys, wrong shapes, unknown platforms, bad version rules and two
 * rules with the same selectors are all rejected.
 */
public final class PolicyLoader {

    /** Name of the policy file looked for beside the inventory when none is configured. */
    public static final String DEFAULT_FILE = "policy.yaml";

    static final Set<String> RULE_KEYS = Set.of("platform", "device", "model", "group", "versions");

    private final Set<String> platforms;

    /** @param platforms the platform names a rule may give */
    public PolicyLoader(Set<String> platforms) {
        this.platforms = Set.copyOf(platforms);
    }

    /** The policy in {@code file}; {@link Policy#none} when there is no such file. */
    public Policy load(Path file) throws PolicyException {
        if (!Files.exists(file)) {
            return Policy.none(file);
        }
        YamlNode root;
        try {
            root = YamlTreeReader.read(SourceFiles.read(file), file);
        } catch (SourceFileException e) {
            throw new PolicyException(file, e.line(), e.reason());
        }
        if (root == null) {
            throw new PolicyException(file, 0, "file holds no YAML, expected a mapping with 'rules'");
        }
        if (!(root instanceof YamlNode.Mapping mapping)) {
            throw new PolicyException(file, root.line(),
                    "top level must be a mapping with 'rules', not " + root.kind());
        }
        for (YamlNode.Entry entry : mapping.entries().values()) {
            if (!entry.key().equals("rules")) {
                throw new PolicyException(file, entry.keyLine(), "unknown top-level key '" + entry.key()
                        + "' (allowed: rules)");
            }
        }
        YamlNode.Entry rules = mapping.entries().get("rules");
        if (rules == null) {
            throw new PolicyException(file, mapping.line(), "no 'rules' list (write 'rules: []' for no rules)");
        }
        if (!(rules.value() instanceof YamlNode.Sequence sequence)) {
            throw new PolicyException(file, rules.keyLine(), "'rules' must be a list, not " + rules.value().kind());
        }
        List<PolicyRule> read = new ArrayList<>();
        Map<String, PolicyRule> bySelectors = new HashMap<>();
        for (YamlNode item : sequence.items()) {
            PolicyRule rule = rule(file, item, read.size() + 1);
            PolicyRule same = bySelectors.putIfAbsent(rule.selectorKey(), rule);
            if (same != null) {
                throw new PolicyException(file, rule.line(),
                        "rule #" + (read.size() + 1) + " selects the same devices ("
                                + rule.selectors() + ") as the rule on line " + same.line()
                                + "; neither would be more specific, so merge their versions into one rule");
            }
            read.add(rule);
        }
        return new Policy(file, true, read);
    }

    private PolicyRule rule(Path file, YamlNode item, int position) throws PolicyException {
        String label = "rule #" + position;
        if (!(item instanceof YamlNode.Mapping mapping)) {
            throw new PolicyException(file, item.line(), label + " must be a mapping, not " + item.kind());
        }
        for (YamlNode.Entry entry : mapping.entries().values()) {
            if (!RULE_KEYS.contains(entry.key())) {
                throw new PolicyException(file, entry.keyLine(), label + ": unknown key '" + entry.key()
                        + "' (allowed: " + String.join(", ", new TreeSet<>(RULE_KEYS)) + ")");
            }
        }
        String platform = text(file, mapping, "platform", label);
        if (platform != null && !platforms.contains(platform)) {
            throw new PolicyException(file, mapping.entries().get("platform").keyLine(), label
                    + ": platform: unknown platform '" + platform + "' (supported: "
                    + String.join(", ", new TreeSet<>(platforms)) + ")");
        }
        String device = text(file, mapping, "device", label);
        if (platform == null && device == null) {
            throw new PolicyException(file, mapping.line(), label
                    + ": platform: missing; a rule needs a platform, or a device selector, because versions are"
                    + " compared in the platform's own order");
        }
        String model = text(file, mapping, "model", label);
        String group = text(file, mapping, "group", label);
        return new PolicyRule(file, mapping.line(), platform, device == null ? null : Glob.of(device),
                model == null ? null : Glob.of(model), group, versions(file, mapping, label));
    }

    private static List<VersionConstraint> versions(Path file, YamlNode.Mapping mapping, String label)
            throws PolicyException {
        YamlNode.Entry entry = mapping.entries().get("versions");
        if (entry == null) {
            throw new PolicyException(file, mapping.line(), label + ": versions: missing; list the approved versions");
        }
        List<YamlNode> items = entry.value() instanceof YamlNode.Sequence sequence
                ? sequence.items()
                : List.of(entry.value());
        if (items.isEmpty() || entry.value() instanceof YamlNode.Scalar scalar && scalar.isEmpty()) {
            throw new PolicyException(file, entry.keyLine(), label
                    + ": versions: empty; a rule must approve at least one version");
        }
        List<VersionConstraint> constraints = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            YamlNode item = items.get(i);
            String where = label + ": versions item " + (i + 1);
            if (!(item instanceof YamlNode.Scalar scalar) || scalar.isEmpty()) {
                throw new PolicyException(file, item.line(), where + " must be a single version rule, not "
                        + item.kind());
            }
            try {
                constraints.add(VersionConstraint.parse(scalar.text()));
            } catch (IllegalArgumentException e) {
                throw new PolicyException(file, item.line(), where + ": " + e.getMessage());
            }
        }
        return constraints;
    }

    private static String text(Path file, YamlNode.Mapping mapping, String key, String label) throws PolicyException {
        YamlNode.Entry entry = mapping.entries().get(key);
        if (entry == null) {
            return null;
        }
        if (!(entry.value() instanceof YamlNode.Scalar scalar)) {
            throw new PolicyException(file, entry.keyLine(), label + ": " + key + " must be a single value, not "
                    + entry.value().kind());
        }
        if (scalar.text() == null || scalar.text().isBlank()) {
            throw new PolicyException(file, entry.keyLine(), label + ": " + key + " is empty; leave the key out to"
                    + " select every " + key);
        }
        return scalar.text().strip();
    }
}
