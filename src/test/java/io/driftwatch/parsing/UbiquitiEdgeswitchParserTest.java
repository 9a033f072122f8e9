package io.driftwatch.parsing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

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
}
