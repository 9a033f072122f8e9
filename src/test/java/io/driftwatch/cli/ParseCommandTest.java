package io.driftwatch.cli;

import static io.driftwatch.testing.TestFiles.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.driftwatch.lab.LabCatalog;
import io.driftwatch.lab.LabFacts;
import io.driftwatch.lab.LabOutputs;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParseCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final ParseCommand command = new ParseCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    @Test
    void printsOneJsonObjectPerFile() throws Exception {
        String version = LabCatalog.versionTrain("cisco_ios").get(0);
        Path first = write(dir, "a.txt", LabOutputs.render("cisco_ios",
                new LabFacts("edge-01", version, "C9300-48P", "FOC12345678", 3600, null)));
        Path second = write(dir, "b.txt", LabOutputs.render("cisco_ios",
                new LabFacts("edge-02", version, "C9300-48P", "FOC87654321", 7200, null)));

        assertEquals(0, command.run(new String[] {"--platform", "cisco_ios", first.toString(), second.toString()}));

        String[] lines = out.toString(StandardCharsets.UTF_8).strip().split("\n");
        assertEquals(2, lines.length);
        JsonNode record = new ObjectMapper().readTree(lines[1]);
        assertEquals("cisco_ios", record.get("platform").asText());
        assertEquals(version, record.get("version").asText());
        assertEquals("edge-02", record.get("hostname").asText());
        assertEquals("FOC87654321", record.get("serial").asText());
        assertTrue(record.has("members") && record.has("image") && record.has("uptime") && record.has("model"));
    }

    @Test
    void anUnknownPlatformIsAUsageErrorListingTheSupportedOnes() {
        assertEquals(2, command.run(new String[] {"--platform", "cisco_iso", "x.txt"}));
        String message = err.toString(StandardCharsets.UTF_8);
        assertTrue(message.contains("unknown platform 'cisco_iso'") && message.contains("juniper_junos"), message);
    }

    @Test
    void anOutputItCannotParseFailsWithTheFileAndReason() throws Exception {
        Path junk = write(dir, "junk.txt", "% Invalid input detected at '^' marker.\n");
        assertEquals(1, command.run(new String[] {"--platform", "juniper_junos", junk.toString()}));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith(junk + ": not juniper_junos 'show version'"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("juniper_junos parser: no 'Junos:' or 'JUNOS ... "
                + "[version]' line found; no known platform's signature seen"), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anotherPlatformsOutputIsSaidToLookLikeIt() throws Exception {
        String version = LabCatalog.versionTrain("cisco_nxos").get(0);
        Path nexus = write(dir, "nexus.txt", LabOutputs.render("cisco_nxos",
                new LabFacts("core-01", version, "N9K-C93180YC-EX", "FDO21120U8N", 3600, null)));
        assertEquals(1, command.run(new String[] {"--platform", "cisco_ios", nexus.toString()}));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("; looks like cisco_nxos output"),
                err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aMissingFileIsNamed() {
        assertEquals(1, command.run(new String[] {"--platform", "arista_eos", dir.resolve("none").toString()}));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("none: no such file"));
    }

    @Test
    void withoutPlatformOrFilesItPrintsUsage() {
        assertEquals(2, command.run(new String[] {"x.txt"}));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("usage: parse --platform NAME FILE..."));
    }
}
