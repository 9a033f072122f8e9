package io.driftwatch.parsing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

// Variants from ntc-templates ntc_templates/templates/huawei_smartax_display_version.textfsm, Apache-2.0.
class HuaweiSmartaxParserTest {

    private final HuaweiSmartaxParser parser = new HuaweiSmartaxParser();

    @Test
    void readsAnOltWithActiveAndStandbyBoards() throws OutputParseException {
        ParsedVersion parsed = parser.parse("""

                  VERSION : MA5800V100R019C10
                  PATCH   : SPH211
                  PRODUCT : MA5800-X7

                  Active Mainboard Running Area Information:
                  --------------------------------------------------
                  Current Program Area : Area B
                  Current Data Area : Area B

                  Program Area A Version : MA5800V100R018C10
                  Program Area B Version : MA5800V100R019C10
                  --------------------------------------------------

                  Standby Mainboard Running Area Information:
                  --------------------------------------------------
                  Current Program Area : Area B
                  Current Data Area : Area B
                  --------------------------------------------------

                  Uptime is 112 day(s), 4 hour(s), 2 minute(s), 9 second(s)
                """);

        assertEquals(new ParsedVersion("MA5800V100R019C10", "MA5800-X7", null, null,
                "112 day(s), 4 hour(s), 2 minute(s), 9 second(s)", null, List.of()), parsed);
    }

    @Test
    void readsCrlfOutput() throws OutputParseException {
        ParsedVersion parsed = parser.parse("\r\n  VERSION : MA5600V800R018C10 \r\n  PATCH   : SPH206\r\n"
                + "  PRODUCT : MA5600T\r\n \r\n  Uptime is 3 day(s), 0 hour(s), 7 minute(s), 1 second(s)");

        assertEquals("MA5600V800R018C10", parsed.version());
        assertEquals("MA5600T", parsed.model());
        assertEquals("3 day(s), 0 hour(s), 7 minute(s), 1 second(s)", parsed.uptime());
    }

    @Test
    void rejectsOutputWithoutAVersion() {
        OutputParseException e = assertThrows(OutputParseException.class,
                () -> parser.parse("                  ^\n  % Unknown command, the error locates at '^'\nMA5600T#"));
        assertTrue(e.getMessage().contains("VERSION"), e.getMessage());
    }

    @Test
    void readsTheTemplatesBoardBlockWithAreaVersions() throws OutputParseException {
        // "<board> Mainboard Running Area Information" with data-area versions; neither names the chassis.
        ParsedVersion parsed = parser.parse("""
                  VERSION : MA5600V800R018C10
                  PATCH   : SPH210
                  PRODUCT : MA5608T

                  H901MPSA Mainboard Running Area Information:
                  --------------------------------------------------
                  Current Program Area : Area A
                  Current Data Area : Area A

                  Program Area A Version : MA5600V800R018C10
                  Program Area B Version : MA5600V800R017C00
                  Data Area A Version : MA5600V800R018C10
                  Data Area B Version : MA5600V800R017C00
                  --------------------------------------------------
                  Uptime is 5 day(s), 1 hour(s), 0 minute(s), 2 second(s)
                """);

        assertEquals(new ParsedVersion("MA5600V800R018C10", "MA5608T", null, null,
                "5 day(s), 1 hour(s), 0 minute(s), 2 second(s)", null, List.of()), parsed);
    }

    @Test
    void readsLabelsInAnyCaseAndReportsPlaceholdersAsAbsent() throws OutputParseException {
        ParsedVersion parsed = parser.parse("""
                  Version: MA5800V100R019C10
                  Product: --
                """);

        assertEquals("MA5800V100R019C10", parsed.version());
        assertNull(parsed.model());
    }
}
