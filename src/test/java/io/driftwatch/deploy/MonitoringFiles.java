package io.driftwatch.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** deploy/monitoring's alert rules, read as the Prometheus Operator reads them. */
final class MonitoringFiles {

    static final Path DIR = Path.of("deploy/monitoring");
    static final Path RULE = DIR.resolve("prometheus-rule.yaml");
    /** promtool's unit tests of the alerts: not a manifest. */
    static final Path RULE_TESTS = DIR.resolve("rules-test.yaml");

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private MonitoringFiles() {
    }

    static JsonNode rule() throws IOException {
        return YAML.readTree(RULE.toFile());
    }

    static ObjectMapper yaml() {
        return YAML;
    }

    /** Every alert's expression. */
    static List<String> ruleExpressions() throws IOException {
        List<String> expressions = new ArrayList<>();
        for (JsonNode group : rule().at("/spec/groups")) {
            group.path("rules").forEach(rule -> expressions.add(rule.path("expr").asText()));
        }
        return expressions;
    }
}
