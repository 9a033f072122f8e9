package io.driftwatch.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * deploy/monitoring's dashboard and alert rules, read as Grafana and the Prometheus Operator read them, and the series
 * their PromQL selects.
 */
final class MonitoringFiles {

    static final Path DIR = Path.of("deploy/monitoring");
    static final Path DASHBOARD = DIR.resolve("grafana-dashboard.json");
    static final Path RULE = DIR.resolve("prometheus-rule.yaml");
    /** promtool's unit tests of the alerts: not a manifest. */
    static final Path RULE_TESTS = DIR.resolve("rules-test.yaml");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Pattern LABEL_VALUES = Pattern.compile("label_values\\((.+),\\s*\\w+\\)");
    /** Label lists and ranges hold names and durations, not series: taken out before looking for selectors. */
    private static final Pattern NOT_SELECTORS = Pattern
            .compile("\\b(?:by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)|\\[[^\\]]*\\]");
    private static final Pattern SELECTOR = Pattern
            .compile("(?<![\\w.$])([a-zA-Z_:][a-zA-Z0-9_:]*)\\s*(\\{[^}]*\\})?(\\s*\\()?");
    private static final Pattern MATCHER = Pattern
            .compile("([a-zA-Z_][a-zA-Z0-9_]*)\\s*(=~|!~|!=|=)\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Set<String> KEYWORDS = Set.of("and", "or", "unless", "bool", "offset");

    /** A series selector of a query: a metric name and its label matchers. */
    record Selector(String metric, List<LabelMatcher> matchers) {
    }

    /** One label matcher, such as {@code status!~"OK|NOT_POLLED"}. */
    record LabelMatcher(String label, String op, String value) {

        /** Whether a series with this label value (null: without the label) is one the matcher is about. */
        boolean foundIn(String actual) {
            return switch (op) {
                case "=" -> value.equals(actual);
                case "=~" -> actual != null && actual.matches(value);
                // A negative matcher names a label the series must carry to make sense.
                default -> actual != null;
            };
        }
    }

    private MonitoringFiles() {
    }

    static JsonNode dashboard() throws IOException {
        return JSON.readTree(DASHBOARD.toFile());
    }

    static JsonNode rule() throws IOException {
        return YAML.readTree(RULE.toFile());
    }

    static ObjectMapper yaml() {
        return YAML;
    }

    /** Every query of the dashboard: the panels' and, as a plain selector, each query variable's label_values. */
    static List<String> dashboardQueries() throws IOException {
        JsonNode dashboard = dashboard();
        List<String> queries = new ArrayList<>();
        dashboard.path("panels").findValues("expr").forEach(expr -> queries.add(expr.asText()));
        for (JsonNode variable : dashboard.at("/templating/list")) {
            if (variable.path("type").asText().equals("query")) {
                String query = variable.path("query").isObject() ? variable.at("/query/query").asText()
                        : variable.path("query").asText();
                Matcher values = LABEL_VALUES.matcher(query);
                queries.add(values.matches() ? values.group(1) : query);
            }
        }
        return queries;
    }

    /** Every alert's expression. */
    static List<String> ruleExpressions() throws IOException {
        List<String> expressions = new ArrayList<>();
        for (JsonNode group : rule().at("/spec/groups")) {
            group.path("rules").forEach(rule -> expressions.add(rule.path("expr").asText()));
        }
        return expressions;
    }

    /** The series selectors of a PromQL query; function calls, label lists, ranges and keywords left out. */
    static List<Selector> selectors(String query) {
        String text = NOT_SELECTORS.matcher(query).replaceAll(" ");
        List<Selector> selectors = new ArrayList<>();
        Matcher selector = SELECTOR.matcher(text);
        while (selector.find()) {
            if (selector.group(3) != null || KEYWORDS.contains(selector.group(1))) {
                continue;
            }
            List<LabelMatcher> matchers = new ArrayList<>();
            if (selector.group(2) != null) {
                Matcher matcher = MATCHER.matcher(selector.group(2));
                while (matcher.find()) {
                    matchers.add(new LabelMatcher(matcher.group(1), matcher.group(2), matcher.group(3)));
                }
            }
            selectors.add(new Selector(selector.group(1), List.copyOf(matchers)));
        }
        return selectors;
    }
}
