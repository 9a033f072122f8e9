package io.driftwatch.parsing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.driftwatch.testing.SharedFixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A reply a time limit cut short counts when its parser says the version is settled (the poller's rule): then the
 * version must be the one the whole reply gives. Checked on every line-boundary cut of every shared real output.
 */
class CutShortOutputsTest {

    @Test
    void aSettledCutGivesTheWholeRepliesVersion() throws IOException {
        Path fixtures = SharedFixtures.showVersion();
        ParserRegistry registry = ParserRegistry.standard();
        List<String> wrong = new ArrayList<>();
        int settledCuts = 0;
        for (String platform : registry.platforms()) {
            VersionParser parser = registry.find(platform).orElseThrow();
            Path folder = fixtures.resolve(platform);
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.list(folder)) {
                for (Path raw : files.filter(file -> file.toString().endsWith(".raw")).sorted().toList()) {
                    String whole = Files.readString(raw);
                    String version;
                    try {
                        version = parser.parse(whole).version();
                    } catch (OutputParseException e) {
                        continue;
                    }
                    for (int end = whole.indexOf('\n'); end >= 0; end = whole.indexOf('\n', end + 1)) {
                        String cut = whole.substring(0, end + 1);
                        if (!parser.versionSettled(cut)) {
                            continue;
                        }
                        settledCuts++;
                        String cutVersion = parse(parser, cut);
                        if (!version.equals(cutVersion)) {
                            wrong.add(raw.getFileName() + " cut after " + cut.lines().count() + " lines: "
                                    + cutVersion + ", whole: " + version);
                            break;
                        }
                    }
                }
            }
        }
        assertTrue(settledCuts > 1000, "only " + settledCuts + " settled cuts were checked");
        assertEquals(List.of(), wrong);
    }

    @Test
    void iosXeIsSettledOnlyOnceItsIosLineHasCome() {
        VersionParser ios = new CiscoIosParser();
        String xeLine = "Cisco IOS XE Software, Version 17.06.05\n";
        String iosLine = "Cisco IOS Software [Bengaluru], Catalyst L3 Switch Software (CAT9K_IOSXE), Version 17.6.5,"
                + " RELEASE SOFTWARE (fc2)\n";
        assertFalse(ios.versionSettled(xeLine));
        assertTrue(ios.versionSettled(xeLine + iosLine));
        assertFalse(ios.versionSettled("Technical Support: http://www.cisco.com/techsupport\n"));
    }

    private static String parse(VersionParser parser, String text) {
        try {
            return parser.parse(text).version();
        } catch (OutputParseException e) {
            return "no version (" + e.getMessage() + ")";
        }
    }
}
