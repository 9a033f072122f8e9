package io.driftwatch.parsing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LabelledFieldsTest {

    private static final LabelledFields FIELDS = LabelledFields.builder()
            .version("Software Version", "Firmware Version")
            .model("Model Number")
            .serial("Serial Number", "Serial #")
            .hostname("System Name")
            .uptime("Up Time")
            .image("Boot Image")
            .build();

    private static LabelledFields.Found read(String output) {
        return FIELDS.read(OutputText.lines(output));
    }

    @Test
    void readsEveryFieldOfAColonOutput() {
        LabelledFields.Found found = read("""
                Software Version : 1.2.3
                Model Number     : XS-24
                Serial Number    : ABC123
                System Name      : core-1
                Up Time          : 3 days, 4:05:06
                Boot Image       : flash:/xs-1.2.3.bin
                """);

        assertEquals(new LabelledFields.Found("1.2.3", "XS-24", "ABC123", "core-1", "3 days, 4:05:06",
                "flash:/xs-1.2.3.bin"), found);
    }

    @Test
    void matchesLabelsWhateverTheirCase() {
        assertEquals("1.2.3", read("SOFTWARE VERSION: 1.2.3").version());
        assertEquals("1.2.3", read("software version: 1.2.3").version());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Serial Number: ABC123",
            "Serial Number : ABC123",
            "  Serial Number   :   ABC123   ",
            "Serial Number=ABC123",
            "Serial Number = ABC123",
            "Serial Number.......... ABC123",
            "Serial Number..........: ABC123",
            "Serial Number ......... ABC123",
            "Serial Number      ABC123",
            "Serial  Number: ABC123",
            "SerialNumber: ABC123",
            "Serial-Number: ABC123",
            "Serial_Number: ABC123",
            "Serial #: ABC123",
            "Serial#: ABC123"})
    void acceptsAnySeparatorAndPadding(String line) {
        assertEquals("ABC123", read(line).serial());
    }

    @Test
    void keepsTheWholeValueTrimmed() {
        assertEquals("3 days, 4 hours and 5 minutes", read("Up Time:   3 days, 4 hours and 5 minutes  ").uptime());
        assertEquals("a: b", read("System Name: a: b").hostname());
    }

    @Test
    void needsASeparatorAfterTheLabel() {
        // One blank is how prose continues, not how a label ends.
        assertNull(read("Software Version is 1.2.3").version());
        assertNull(read("Software Versions: 1.2.3").version());
        assertNull(read("Old Software Version: 1.2.3").version());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "--", "-", "N/A", "n/a", "NA", "unknown", "Unknown", "UNKNOWN", "none", "None",
            "not available", "Not Available"})
    void reportsPlaceholdersAsAbsent(String placeholder) {
        assertNull(read("Serial Number: " + placeholder).serial());
        assertTrue(OutputText.absent(placeholder));
        assertNull(OutputText.present(placeholder));
    }

    @Test
    void keepsValuesThatOnlyContainAPlaceholderWord() {
        assertFalse(OutputText.absent("unknown-host"));
        assertEquals("NA-01", read("Serial Number: NA-01").serial());
    }

    @Test
    void triesSynonymsInTheirDeclaredOrder() {
        // The preferred label wins wherever it sits.
        assertEquals("2.0", read("""
                Firmware Version: 1.0
                Software Version: 2.0
                """).version());
        assertEquals("1.0", read("Firmware Version: 1.0").version());
    }

    @Test
    void fallsBackToTheNextSynonymWhenThePreferredOneHoldsAPlaceholder() {
        assertEquals("1.0", read("""
                Software Version: --
                Firmware Version: 1.0
                """).version());
    }

    @Test
    void takesTheFirstLineOfOneLabel() {
        assertEquals("AAA", read("""
                Serial Number: AAA
                Serial Number: BBB
                """).serial());
    }

    @Test
    void leavesUndeclaredAndMissingFieldsNull() {
        LabelledFields onlyVersion = LabelledFields.builder().version("Version").build();

        LabelledFields.Found found = onlyVersion.read(OutputText.lines("Version: 1\nSerial Number: X"));

        assertEquals(new LabelledFields.Found("1", null, null, null, null, null), found);
    }

    @Test
    void buildsParsedFactsWithMembers() {
        List<ParsedVersion.Member> members = List.of(new ParsedVersion.Member("XS-24", "ABC123"));

        ParsedVersion parsed = read("Software Version: 1.2.3").toParsedVersion(members);

        assertEquals(new ParsedVersion("1.2.3", null, null, null, null, null, members), parsed);
    }

    @Test
    void staysFastOnAHostileLine() {
        String blanks = " ".repeat(200_000);
        String dots = ".".repeat(200_000);
        String hostile = "Serial Number" + blanks + "\n" + "Serial Number" + dots + "\n" + blanks + "x\n"
                + "Serial-".repeat(30_000) + "\n";

        LabelledFields.Found found = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> read(hostile));

        assertNull(found.serial());
    }
}
