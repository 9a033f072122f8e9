package io.driftwatch.parsing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.driftwatch.testing.SharedFixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The reason a PARSE_FAILED poll gives: what the parser missed and what the output looks like instead. */
class ParseFailureTest {

    private final ParserRegistry registry = ParserRegistry.standard();
    private final PlatformDetector detector = new PlatformDetector(registry);

    @Test
    void nxosOutputReadAsIosSaysItLooksLikeNxos() throws IOException {
        List<Path> raws;
        try (Stream<Path> files = Files.list(SharedFixtures.showVersion().resolve("cisco_nxos"))) {
            raws = files.filter(p -> p.getFileName().toString().endsWith(".raw")).sorted().toList();
        }
        assertTrue(!raws.isEmpty());
        for (Path raw : raws) {
            ParseFailure failure = failure("cisco_ios", Files.readString(raw, StandardCharsets.UTF_8));
            assertEquals(List.of("cisco_nxos"), failure.lookalikes(), raw.toString());
            assertEquals("cisco_ios parser: no 'Cisco IOS Software' or 'Version' line found; looks like cisco_nxos "
                    + "output", failure.reason(), raw.toString());
        }
    }

    @Test
    void anUnknownLayoutNamesTheMissingLineAndNoSignature() throws OutputParseException {
        ParseFailure failure = failure("juniper_junos", "Model: acme-9000\nFirmware build 4.2\n");
        assertEquals("juniper_junos parser: no 'Junos:' or 'JUNOS ... [version]' line found; no known platform's "
                + "signature seen", failure.reason());
    }

    @Test
    void anEmptyOutputIsSaidToBeEmpty() {
        assertEquals("paloalto_panos parser: no 'sw-version:' line found; the output was empty",
                failure("paloalto_panos", " \r\n").reason());
    }

    @Test
    void everyParserNamesTheLineItMissed() {
        for (String platform : registry.platforms()) {
            ParseFailure failure = failure(platform, "% Invalid input detected at '^' marker.\n");
            assertTrue(failure.missing().startsWith("no '") && failure.missing().endsWith(" found"),
                    platform + ": " + failure.missing());
            assertTrue(failure.reason().endsWith("; no known platform's signature seen"), failure.reason());
        }
    }

    @Test
    void aLookalikeWhoseParserReadsTheOutputIsPreferredToMereSignatures() {
        // "EdgeRouter" is an EdgeOS signature, but only PAN-OS's parser reads this output.
        String panos = "hostname: fw1\nmodel: PA-440\nsw-version: 10.2.4\ndescription: uplink to EdgeRouter\n";
        assertEquals(List.of("paloalto_panos"), failure("cisco_ios", panos).lookalikes());
        assertEquals(List.of("paloalto_panos", "ubiquiti_edgerouter"),
                failure("cisco_ios", panos.replace("10.2.4", "")).lookalikes());
    }

    private ParseFailure failure(String platform, String output) {
        VersionParser parser = registry.find(platform).orElseThrow();
        OutputParseException thrown = assertThrows(OutputParseException.class, () -> parser.parse(output));
        return detector.explain(platform, output, thrown);
    }
}
