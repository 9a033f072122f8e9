package io.driftwatch.versions;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns a rule's text into a {@link VersionConstraint}, with messages a policy author can act on. */
final class ConstraintParser {

    private static final Pattern OPERATOR = Pattern.compile("^(>=|<=|==|=|>|<)\\s*(.*)$", Pattern.DOTALL);
    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final String FORMS = "expected a version (22.4R3-S2), a comparison (>= 17.9.4) or a glob (17.9.*)";

    private ConstraintParser() {
    }

    static VersionConstraint parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("empty version rule '" + (text == null ? "" : text) + "': " + FORMS);
        }
        String rule = text.strip();
        Matcher operator = OPERATOR.matcher(rule);
        if (operator.matches()) {
            String version = operator.group(2).strip();
            String symbol = operator.group(1);
            if (version.isEmpty()) {
                throw bad(text, "'" + symbol + "' must be followed by a version");
            }
            checkVersion(text, version);
            if (version.contains("*") || version.contains("?")) {
                throw bad(text, "a comparison cannot contain a wildcard; write either '" + symbol
                        + " <version>' or a glob");
            }
            return switch (symbol) {
                case ">" -> new VersionConstraint.Comparison(VersionConstraint.Operator.GREATER, version);
                case ">=" -> new VersionConstraint.Comparison(VersionConstraint.Operator.GREATER_OR_EQUAL, version);
                case "<" -> new VersionConstraint.Comparison(VersionConstraint.Operator.LESS, version);
                case "<=" -> new VersionConstraint.Comparison(VersionConstraint.Operator.LESS_OR_EQUAL, version);
                default -> new VersionConstraint.Exact(version);
            };
        }
        checkVersion(text, rule);
        if (rule.contains("*") || rule.contains("?")) {
            return new VersionConstraint.Glob(rule);
        }
        return new VersionConstraint.Exact(rule);
    }

    private static void checkVersion(String text, String version) {
        if (version.contains("<") || version.contains(">") || version.contains("=")) {
            throw bad(text, "only one comparison per rule, at the start (ranges need two rules)");
        }
        if (!DIGIT.matcher(version).find()) {
            throw bad(text, "no version number in it");
        }
    }

    private static IllegalArgumentException bad(String text, String why) {
        return new IllegalArgumentException("bad version rule '" + text + "': " + why + "; " + FORMS);
    }
}
