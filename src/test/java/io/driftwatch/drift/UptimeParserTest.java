package io.driftwatch.drift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.driftwatch.lab.LabCatalog;
import io.driftwatch.lab.LabFacts;
import io.driftwatch.lab.LabOutputs;
import io.driftwatch.parsing.ParserRegistry;
import io.driftwatch.parsing.VersionParser;
import io.driftwatch.testing.SharedFixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class UptimeParserTest {

    private static final long SEC = 1;
    private static final long MIN = 60;
    private static final long HOUR = 3600;
    private static final long DAY = 86_400;

    /** Every uptime of the shared fixture corpus, as its parser reports it, with the duration it stands for. */
    static final Map<String, Uptime> FIXTURE_UPTIMES = Map.ofEntries(
            row("1 hour and 16 minutes", t(0, 1, 16, 0), MIN),
            row("134 weeks, 5 days, 23 hours and 44 minutes", t(134 * 7 + 5, 23, 44, 0), MIN),
            row("3 weeks, 0 days, 20 hours and 45 minutes", t(21, 20, 45, 0), MIN),
            row("35 days, 07:24:53", t(35, 7, 24, 53), SEC),
            row("114 days 18 hours", t(114, 18, 0, 0), HOUR),
            row("41 days 19 hours", t(41, 19, 0, 0), HOUR),
            row("55 days 9 hours", t(55, 9, 0, 0), HOUR),
            row("1 day, 15 hours, 32 minutes", t(1, 15, 32, 0), MIN),
            row("1 week, 3 days, 16 hours, 11 minutes", t(10, 16, 11, 0), MIN),
            row("1 year, 22 weeks, 6 days, 9 hours, 38 minutes", t(365 + 154 + 6, 9, 38, 0), MIN),
            row("20 weeks, 5 days, 12 hours, 15 minutes", t(145, 12, 15, 0), MIN),
            row("3 weeks, 6 days, 32 minutes", t(27, 0, 32, 0), MIN),
            row("7 weeks, 17 hours, 14 minutes", t(49, 17, 14, 0), MIN),
            row("123 day(s), 5 hour(s), 15 minute(s), 19 second(s)", t(123, 5, 15, 19), SEC),
            row("311 day(s), 0 hour(s), 27 minute(s), 35 second(s)", t(311, 0, 27, 35), SEC),
            row("60 day(s), 17 hour(s), 26 minute(s), 51 second(s)", t(60, 17, 26, 51), SEC),
            row("60 day(s), 17 hour(s), 29 minute(s), 10 second(s)", t(60, 17, 29, 10), SEC),
            row("60 day(s), 17 hour(s), 8 minute(s), 18 second(s)", t(60, 17, 8, 18), SEC),
            row("670 day(s), 6 hour(s), 34 minute(s), 1 second(s)", t(670, 6, 34, 1), SEC),
            row("109 days 16 hrs 33 mins 12 secs", t(109, 16, 33, 12), SEC),
            row("1 week, 6 days, 4 hours, 22 minutes", t(13, 4, 22, 0), MIN),
            row("2 years, 51 weeks, 5 days, 11 hours, 1 minute", t(730 + 357 + 5, 11, 1, 0), MIN),
            row("23 hours 3 minutes", t(0, 23, 3, 0), MIN),
            row("4 weeks, 6 days, 1 hour, 42 minutes", t(34, 1, 42, 0), MIN),
            row("1 week(s), 2 day(s), 9 hour(s), 5 minute(s)", t(9, 9, 5, 0), MIN),
            row("10 hours 48 minutes 41 seconds", t(0, 10, 48, 41), SEC),
            row("01 hours 01 minutes 01 seconds", t(0, 1, 1, 1), SEC),
            row("15 days", t(15, 0, 0, 0), DAY),
            row("458 days", t(458, 0, 0, 0), DAY),
            row("0 week, 0 day, 0 hour, 3 minutes", t(0, 0, 3, 0), MIN),
            row("0 week, 0 day, 15 hours, 16 minutes", t(0, 15, 16, 0), MIN),
            row("358 days, 16 hours, 59 minutes", t(358, 16, 59, 0), MIN),
            row("60 weeks, 4 days, 11 hours, 20 minutes", t(424, 11, 20, 0), MIN),
            row("85 weeks, 4 days, 0 hour, 10 minutes", t(599, 0, 10, 0), MIN),
            row("10w2d6h21m59s", t(72, 6, 21, 59), SEC),
            row("1d6h22m", t(1, 6, 22, 0), MIN),
            row("6w5d11h55m45s", t(47, 11, 55, 45), SEC),
            row("5d 6h 37m 22s", t(5, 6, 37, 22), SEC),
            row("7d 9h 30m 0s", t(7, 9, 30, 0), SEC),
            row("9d 6h 32m 8s", t(9, 6, 32, 8), SEC),
            row("2 days, 2:38:49", t(2, 2, 38, 49), SEC),
            row("24 day(s) 4 hour(s) 11 minute(s) 1 second(s)", t(24, 4, 11, 1), SEC),
            row("16:17:57 up 11 days,  6:15,  1 user,  load average: 0.09, 0.06, 0.01", t(11, 6, 15, 0), MIN),
            row("23 day(s), 10 hour(s), 59 minute(s)", t(23, 10, 59, 0), MIN));

    static Stream<Arguments> fixtureUptimes() {
        return FIXTURE_UPTIMES.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtureUptimes")
    void everyFixtureUptimeIsReadToTheSecond(String text, Uptime expected) {
        assertEquals(Optional.of(expected), UptimeParser.parse(text));
    }

    /** The table above must keep up with the corpus: a new format there fails here until it is read. */
    @Test
    void theTableCoversEveryUptimeInTheSharedCorpus() throws IOException {
        Path fixtures = SharedFixtures.showVersion();
        ObjectMapper json = new ObjectMapper();
        List<String> missing = new ArrayList<>();
        int seen = 0;
        try (Stream<Path> files = Files.walk(fixtures)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".expected.json")).toList()) {
                JsonNode uptime = json.readTree(file.toFile()).get("uptime");
                if (uptime != null && !uptime.isNull()) {
                    seen++;
                    if (!FIXTURE_UPTIMES.containsKey(uptime.asText())) {
                        missing.add(file.getFileName() + ": " + uptime.asText());
                    }
                }
            }
        }
        assertTrue(seen >= 40, "expected the corpus's uptimes, found " + seen);
        assertEquals(List.of(), missing);
    }

    /**
     * Every lab platform whose parser reads an uptime, rendered at many uptimes: what the parser hands over must
     * come back as a range holding the true uptime.
     */
    @Test
    void everyLabFormatRoundTripsThroughItsParser() throws Exception {
        ParserRegistry parsers = ParserRegistry.standard();
        long[] uptimes = {60, 61, 59 * MIN + 7, 3 * HOUR + 5 * MIN + 9, DAY, DAY + HOUR + 61, 9 * DAY + 7 * HOUR + 185,
                14 * DAY, 400 * DAY + 12_345, 1200 * DAY + 59};
        int platforms = 0;
        for (String platform : LabOutputs.platforms()) {
            Optional<VersionParser> parser = parsers.find(platform);
            if (parser.isEmpty()) {
                continue;
            }
            String version = LabCatalog.versionTrain(platform).get(0);
            boolean reads = false;
            for (long seconds : uptimes) {
                String output = LabOutputs.render(platform, new LabFacts("lab-1", version,
                        LabCatalog.models(platform).get(0), "SER1", seconds, LabCatalog.image(platform, version)));
                String text = parser.get().parse(output).uptime();
                if (text == null) {
                    continue;
                }
                reads = true;
                Uptime uptime = UptimeParser.parse(text).orElseThrow(
                        () -> new AssertionError(platform + ": cannot read uptime '" + text + "'"));
                long low = uptime.value().toSeconds();
                long high = uptime.upperBound().toSeconds();
                assertTrue(low <= seconds && seconds < high,
                        platform + ": '" + text + "' read as " + low + "..<" + high + "s, true " + seconds + "s");
            }
            platforms += reads ? 1 : 0;
        }
        assertTrue(platforms >= 22, "lab platforms with an uptime: " + platforms);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "N/A", "unknown", "5 fortnights", "3 days and then some", "up since Monday",
            "12345678901 days", "1 day, 2 hours, 3 minutes (since last reload)"})
    void anythingElseIsNotGuessedAt(String text) {
        assertEquals(Optional.empty(), UptimeParser.parse(text));
    }

    @Test
    void aMissingUptimeIsNotRead() {
        assertEquals(Optional.empty(), UptimeParser.parse(null));
    }

    private static Map.Entry<String, Uptime> row(String text, long seconds, long resolution) {
        return Map.entry(text, new Uptime(Duration.ofSeconds(seconds), Duration.ofSeconds(resolution)));
    }

    private static long t(long days, long hours, long minutes, long seconds) {
        return days * DAY + hours * HOUR + minutes * MIN + seconds;
    }
}
