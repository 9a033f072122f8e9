package io.driftwatch.parsing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class BroadcomIcosParserTest {

    private final BroadcomIcosParser parser = new BroadcomIcosParser();

    @Test
    void readsEveryUnitOfAStack() throws OutputParseException {
        ParsedVersion parsed = parser.parse("""

                Switch: 1

                System Description............................. Accton AS5812-54X, 3.4.3.6, Linux 4.4.84
                Machine Type................................... Accton AS5812-54X
                Machine Model.................................. BCM-56864
                Serial Number.................................. 581254X1834001
                Software Version............................... 3.4.3.6
                Operating System............................... Linux 4.4.84

                Switch: 2

                System Description............................. Accton AS5812-54X, 3.4.3.6, Linux 4.4.84
                Machine Type................................... Accton AS5812-54X
                Machine Model.................................. BCM-56864
                Serial Number.................................. 581254X1834002
                Software Version............................... 3.4.3.6

                (Routing) #""");

        assertEquals(new ParsedVersion("3.4.3.6", "BCM-56864", "581254X1834001", null, null, null, List.of(
                new ParsedVersion.Member("BCM-56864", "581254X1834001"),
                new ParsedVersion.Member("BCM-56864", "581254X1834002"))), parsed);
    }

    @Test
    void readsCrlfOutput() throws OutputParseException {
        ParsedVersion parsed = parser.parse("\r\nSwitch: 1\r\n\r\n"
                + "Machine Model.................................. BCM-56340\r\n"
                + "Serial Number.................................. 3448BCN0000001\r\n"
                + "Software Version............................... 3.2.2.51\r\n");

        assertEquals("3.2.2.51", parsed.version());
        assertEquals("BCM-56340", parsed.model());
        assertEquals("3448BCN0000001", parsed.serial());
    }

    @Test
    void rejectsOutputWithoutASoftwareVersion() {
        assertThrows(OutputParseException.class,
                () -> parser.parse("                 ^\n% Invalid input detected at '^' marker.\n"));
    }
}
