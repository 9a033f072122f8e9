package io.driftwatch.parsing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.driftwatch.testing.SharedFixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Runs every parser over the shared corpus of real device output. Fields an expected file leaves null were not
 * captured upstream, so they are not scored; accuracy is per field over the cases that expect it.
 */
class FixtureConformanceTest {

    private static final double VERSION_THRESHOLD = 99.0;
    private static final double OTHER_THRESHOLD = 97.0;

    private static final Map<String, Function<ParsedVersion, String>> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("version", ParsedVersion::version);
        FIELDS.put("model", ParsedVersion::model);
        FIELDS.put("serial", ParsedVersion::serial);
        FIELDS.put("hostname", ParsedVersion::hostname);
        FIELDS.put("uptime", ParsedVersion::uptime);
        FIELDS.put("image", ParsedVersion::image);
    }

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void parsersMatchTheSharedFixtures() throws IOException {
        Path fixtures = SharedFixtures.showVersion();

        ParserRegistry registry = ParserRegistry.standard();
        List<String> mismatches = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        StringBuilder table = new StringBuilder(String.format("%n%-16s %5s", "platform", "cases"));
        FIELDS.keySet().forEach(field -> table.append(String.format(" %9s", field)));
        table.append('\n');

        for (String platform : registry.platforms()) {
            VersionParser parser = registry.find(platform).orElseThrow();
            Path folder = fixtures.resolve(platform);
            if (!Files.isDirectory(folder)) {
                table.append(String.format("%-16s %5s%n", platform, "-"));
                continue;
            }
            Score score = score(parser, folder, mismatches);
            table.append(String.format("%-16s %5d", platform, score.cases));
            for (String field : FIELDS.keySet()) {
                table.append(String.format(" %9s", score.percentText(field)));
                int expected = score.expected.getOrDefault(field, 0);
                if (expected == 0) {
                    continue;
                }
                double threshold = field.equals("version") ? VERSION_THRESHOLD : OTHER_THRESHOLD;
                if (score.percent(field) < threshold) {
                    failures.add(String.format("%s %s accuracy %.1f%% is below %.0f%%",
                            platform, field, score.percent(field), threshold));
                }
            }
            table.append('\n');
        }
        System.out.println(table);
        // Single misses are allowed below the thresholds; list them so a regression is easy to find.
        mismatches.forEach(System.out::println);

        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    private Score score(VersionParser parser, Path folder, List<String> mismatches) throws IOException {
        Score score = new Score();
        List<Path> expectedFiles;
        try (Stream<Path> files = Files.list(folder)) {
            expectedFiles = files.filter(p -> p.getFileName().toString().endsWith(".expected.json")).sorted().toList();
        }
        for (Path expectedFile : expectedFiles) {
            String name = expectedFile.getFileName().toString();
            Path raw = folder.resolve(name.substring(0, name.length() - ".expected.json".length()) + ".raw");
            if (!Files.exists(raw)) {
                continue;
            }
            JsonNode expected = json.readTree(expectedFile.toFile());
            score.cases++;
            ParsedVersion parsed;
            try {
                parsed = parser.parse(Files.readString(raw, StandardCharsets.UTF_8));
            } catch (OutputParseException e) {
                mismatches.add(raw.getFileName() + ": " + e.getMessage());
                parsed = null;
            }
            for (Map.Entry<String, Function<ParsedVersion, String>> field : FIELDS.entrySet()) {
                JsonNode want = expected.get(field.getKey());
                if (want == null || want.isNull()) {
                    continue;
                }
                String got = parsed == null ? null : field.getValue().apply(parsed);
                boolean matches = got != null && got.strip().equals(want.asText().strip());
                score.count(field.getKey(), matches);
                if (!matches) {
                    mismatches.add(String.format("%s %s: expected '%s' got '%s'",
                            raw.getFileName(), field.getKey(), want.asText(), got));
                }
            }
        }
        return score;
    }

    private static final class Score {
        int cases;
        final Map<String, Integer> expected = new LinkedHashMap<>();
        final Map<String, Integer> matched = new LinkedHashMap<>();

        void count(String field, boolean matches) {
            expected.merge(field, 1, Integer::sum);
            matched.merge(field, matches ? 1 : 0, Integer::sum);
        }

        double percent(String field) {
            int total = expected.getOrDefault(field, 0);
            return total == 0 ? 100.0 : 100.0 * matched.getOrDefault(field, 0) / total;
        }

        String percentText(String field) {
            return expected.getOrDefault(field, 0) == 0 ? "-" : String.format("%.0f%%", percent(field));
        }
    }
}
