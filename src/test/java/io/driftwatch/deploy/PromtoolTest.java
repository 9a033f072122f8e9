package io.driftwatch.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The alert rules and the dashboard's queries as Prometheus's own tool reads them: {@code promtool check rules} on
 * the PrometheusRule's groups and on the dashboard's queries, and {@code promtool test rules} on
 * deploy/monitoring/rules-test.yaml. Needs promtool on the PATH (Debian's {@code prometheus} package; .ci/run
 * installs it).
 */
class PromtoolTest {

    private static final Path WORK = Path.of("target/monitoring");
    /** The name rules-test.yaml's rule_files expects. */
    private static final Path RULES = WORK.resolve("driftwatch-rules.yaml");

    @Test
    void theAlertRulesPassPromtoolCheck() throws IOException, InterruptedException {
        writeRuleGroups();
        String out = promtool("check", "rules", RULES.getFileName().toString());
        assertTrue(out.contains("SUCCESS: " + MonitoringFiles.ruleExpressions().size() + " rules found"), out);
    }

    @Test
    void theAlertsFireWhereTheUnitTestsExpectThem() throws IOException, InterruptedException {
        writeRuleGroups();
        Path tests = WORK.resolve(MonitoringFiles.RULE_TESTS.getFileName());
        Files.copy(MonitoringFiles.RULE_TESTS, tests, StandardCopyOption.REPLACE_EXISTING);
        String out = promtool("test", "rules", tests.getFileName().toString());
        assertTrue(out.contains("SUCCESS"), out);
        // Each of the key alerts has a case that fires.
        String cases = Files.readString(tests);
        for (String alert : List.of("DriftwatchSweepOverdue", "DriftwatchFailedShareHigh", "DriftwatchReplicaMissing",
                "DriftwatchDown", "DriftwatchOutboxBacklogGrowing", "DriftwatchNonCompliantRising")) {
            assertTrue(cases.contains("alertname: " + alert), "no unit test for " + alert);
        }
    }

    @Test
    void theDashboardsQueriesAreValidPromql() throws IOException, InterruptedException {
        // As recording rules, which promtool parses; Grafana's variables get a value as Grafana would give them.
        ObjectNode file = MonitoringFiles.yaml().createObjectNode();
        ObjectNode group = file.putArray("groups").addObject().put("name", "dashboard");
        ArrayNode rules = group.putArray("rules");
        List<String> queries = MonitoringFiles.dashboardQueries();
        for (int i = 0; i < queries.size(); i++) {
            String query = queries.get(i).replace("$node", ".*");
            assertFalse(query.contains("$"), "a variable the test does not know: " + query);
            rules.addObject().put("record", "dashboard:query" + i).put("expr", query);
        }
        Path dashboardRules = WORK.resolve("dashboard-queries.yaml");
        Files.createDirectories(WORK);
        MonitoringFiles.yaml().writeValue(dashboardRules.toFile(), file);
        String out = promtool("check", "rules", dashboardRules.getFileName().toString());
        assertTrue(out.contains("SUCCESS: " + queries.size() + " rules found"), out);
    }

    /** The PrometheusRule's spec.groups as a plain Prometheus rules file. */
    private static void writeRuleGroups() throws IOException {
        JsonNode rule = MonitoringFiles.rule();
        assertEquals("PrometheusRule", rule.path("kind").asText());
        ObjectNode file = MonitoringFiles.yaml().createObjectNode();
        file.set("groups", rule.at("/spec/groups"));
        Files.createDirectories(WORK);
        MonitoringFiles.yaml().writeValue(RULES.toFile(), file);
    }

    /**
     * Runs promtool in target/monitoring on files there and returns what it printed; fails when it fails or is
     * missing.
     */
    private static String promtool(String... args) throws IOException, InterruptedException {
        Path promtool = onPath("promtool").orElseThrow(() -> new AssertionError("promtool is not on the PATH: install"
                + " Debian's prometheus package (apt-get install prometheus), as .ci/run does"));
        List<String> command = new ArrayList<>(List.of(promtool.toString()));
        command.addAll(List.of(args));
        // Into a file, so a long report can never fill a pipe and stall it.
        Path log = WORK.resolve("promtool.log");
        Process process = new ProcessBuilder(command).directory(WORK.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("promtool " + String.join(" ", args) + " still running after 60 s");
        }
        String out = Files.readString(log);
        assertEquals(0, process.exitValue(), "promtool " + String.join(" ", args) + " failed:\n" + out);
        return out;
    }

    private static Optional<Path> onPath(String program) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .filter(dir -> !dir.isEmpty()).map(dir -> Path.of(dir, program)).filter(Files::isExecutable)
                .findFirst();
    }
}
