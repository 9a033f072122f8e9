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
 * Runs every parser over every real device output we have: the shared corpus and our own cases under
 * {@code src/test/resources/parsing} (sources in its README). Fields an expected file leaves null, or holds a
 * placeholder for ({@link OutputText#absent}), were not captured, so they are not scored; accuracy is per field over
 * the cases that expect it.
 */
class FixtureConformanceTest {

    private static final double VERSION_THRESHOLD = 99.0;
    private static final double OTHER_THRESHOLD = 97.0;

    /** Our own cases, laid out as the shared corpus is: {@code <platform>/<case>.raw} and {@code .expected.json}. */
    private static final Path OWN_CASES = Path.of("src", "test", "resources", "parsing");

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
    void parsersMatchEveryRealOutput() throws IOException {
        List<Path> corpora = List.of(SharedFixtures.showVersion(), OWN_CASES);

        ParserRegistry registry = ParserRegistry.standard();
        List<String> mismatches = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        StringBuilder table = new StringBuilder(String.format("%n%-22s %6s %4s", "platform", "shared", "own"));
        FIELDS.keySet().forEach(field -> table.append(String.format(" %9s", field)));
        table.append('\n');
        Score total = new Score();
        int sharedCases = 0;
        int ownCases = 0;

        for (String platform : registry.platforms()) {
            VersionParser parser = registry.find(platform).orElseThrow();
            Score score = new Score();
            int shared = score(parser, corpora.get(0).resolve(platform), score, mismatches);
            int own = score(parser, corpora.get(1).resolve(platform), score, mismatches);
            total.add(score);
            sharedCases += shared;
            ownCases += own;
            table.append(String.format("%-22s %6d %4d", platform, shared, own));
            for (String field : FIELDS.keySet()) {
                table.append(String.format(" %9s", score.percentText(field)));
                if (score.expected.getOrDefault(field, 0) == 0) {
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
        table.append(String.format("%-22s %6d %4d", "total", sharedCases, ownCases));
        FIELDS.keySet().forEach(field -> table.append(String.format(" %9s", total.percentText(field))));
        table.append(String.format("%n%-34s", "total parsed right / expected"));
        FIELDS.keySet().forEach(field -> table.append(String.format(" %9s",
                total.matched.getOrDefault(field, 0) + "/" + total.expected.getOrDefault(field, 0))));
        System.out.println(table);
        // Single misses are allowed below the thresholds; list them so a regression is easy to find.
        mismatches.forEach(System.out::println);

        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    /** Scores the cases of one platform's folder into {@code score}; returns how many there were. */
    private int score(VersionParser parser, Path folder, Score score, List<String> mismatches) throws IOException {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        List<Path> expectedFiles;
        try (Stream<Path> files = Files.list(folder)) {
            expectedFiles = files.filter(p -> p.getFileName().toString().endsWith(".expected.json")).sorted().toList();
        }
        int cases = 0;
        for (Path expectedFile : expectedFiles) {
            String name = expectedFile.getFileName().toString();
            Path raw = folder.resolve(name.substring(0, name.length() - ".expected.json".length()) + ".raw");
            if (!Files.exists(raw)) {
                continue;
            }
            JsonNode expected = json.readTree(expectedFile.toFile());
            cases++;
            String where = parser.platform() + "/" + raw.getFileName();
            ParsedVersion parsed;
            try {
                parsed = parser.parse(Files.readString(raw, StandardCharsets.UTF_8));
            } catch (OutputParseException e) {
                mismatches.add(where + ": " + e.getMessage());
                parsed = null;
            }
            for (Map.Entry<String, Function<ParsedVersion, String>> field : FIELDS.entrySet()) {
                JsonNode want = expected.get(field.getKey());
                // A placeholder such as the serial "unknown" of an unlicensed VM-Series is what a device prints for
                // a value it does not have; the parsers report it as absent, so there is nothing to score.
                if (want == null || want.isNull() || OutputText.absent(want.asText())) {
                    continue;
                }
                String got = parsed == null ? null : field.getValue().apply(parsed);
                boolean matches = got != null && got.strip().equals(want.asText().strip());
                score.count(field.getKey(), matches);
                if (!matches) {
                    mismatches.add(String.format("%s %s: expected '%s' got '%s'",
                            where, field.getKey(), want.asText(), got));
                }
            }
        }
        return cases;
    }

    private static final class Score {
        final Map<String, Integer> expected = new LinkedHashMap<>();
        final Map<String, Integer> matched = new LinkedHashMap<>();

        void add(Score other) {
            other.expected.forEach((field, n) -> expected.merge(field, n, Integer::sum));
            other.matched.forEach((field, n) -> matched.merge(field, n, Integer::sum));
        }

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
