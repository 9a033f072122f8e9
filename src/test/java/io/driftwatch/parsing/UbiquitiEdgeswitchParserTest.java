package io.driftwatch.parsing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

// Variants from ntc-templates ntc_templates/templates/ubiquiti_edgeswitch_show_version.textfsm, Apache-2.0.
class UbiquitiEdgeswitchParserTest {

    private final UbiquitiEdgeswitchParser parser = new UbiquitiEdgeswitchParser();

    @Test
    void readsEveryUnitOfAStack() throws OutputParseException {
        ParsedVersion parsed = parser.parse("""

                Switch: 1

                System Description............................. EdgeSwitch 24-Port Lite, 1.8.2, Linux 3.6.5
                Machine Type................................... EdgeSwitch 24-Port Lite
                Machine Model.................................. ES-24-Lite
                Serial Number.................................. F09FC2AA0001
                Software Version............................... 1.8.2

                Switch: 2

                Machine Type................................... EdgeSwitch 24-Port Lite
                Machine Model.................................. ES-24-Lite
                Serial Number.................................. F09FC2AA0002
                Software Version............................... 1.8.2
                """);

        assertEquals(new ParsedVersion("1.8.2", "ES-24-Lite", "F09FC2AA0001", null, null, null,
                List.of(new ParsedVersion.Member("ES-24-Lite", "F09FC2AA0001"),
                        new ParsedVersion.Member("ES-24-Lite", "F09FC2AA0002"))),
                parsed);
    }

    @Test
    void readsCrlfOutput() throws OutputParseException {
        ParsedVersion parsed = parser.parse("Machine Model.................................. ES-16-XG\r\n"
                + "Serial Number.................................. 788A20000001\r\n"
                + "Software Version............................... 1.9.3\r\n");

        assertEquals("1.9.3", parsed.version());
        assertEquals("ES-16-XG", parsed.model());
        assertEquals("788A20000001", parsed.serial());
        assertTrue(parsed.members().isEmpty());
    }

    @Test
    void rejectsOutputWithoutSoftwareVersion() {
        OutputParseException e = assertThrows(OutputParseException.class,
                () -> parser.parse(
                        "\n                                      ^\n% Invalid input detected at '^' marker.\n(UBNT EdgeSwitch) >"));
        assertTrue(e.getMessage().contains("Software Version"), e.getMessage());
    }

    @Test
    void readsEveryTemplateLabelAfterTheEchoedCommandLetter() throws OutputParseException {
        // Netmiko leaves the command's last letter ("r") on the first line; part number, MAC and revision are skipped.
        ParsedVersion parsed = parser.parse("""
                r

                System Description............................. EdgeSwitch 8-Port 150W, 1.9.1, Linux 3.6.5
                Machine Type................................... EdgeSwitch 8-Port 150W
                Machine Model.................................. ES-8-150W
                Serial Number.................................. 7483C2000001
                Part Number.................................... 13-02045
                Burned In MAC Address.......................... 74:83:C2:00:00:01
                Software Version............................... 1.9.1
                Hardware Revision.............................. 10
                """);

        assertEquals(new ParsedVersion("1.9.1", "ES-8-150W", "7483C2000001", null, null, null, List.of()), parsed);
    }

    @Test
    void readsLabelsInAnyCaseWithAnyLeaderAndReportsPlaceholdersAsAbsent() throws OutputParseException {
        ParsedVersion parsed = parser.parse("""
                switch: 1
                MACHINE MODEL. ES-24-250W
                serial number....... --
                Software Version :  1.8.0
                """);

        assertEquals("1.8.0", parsed.version());
        assertEquals("ES-24-250W", parsed.model());
        assertNull(parsed.serial());
        assertEquals(List.of(new ParsedVersion.Member("ES-24-250W", null)), parsed.members());
    }
}
