package io.driftwatch.parsing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

// Variants from ntc-templates templates/broadcom_icos_show_version.textfsm, Apache-2.0.
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

    @Test
    void readsTheTemplatesLabelsWithAnyDotLeaderAndWithoutAUnitHeader() throws OutputParseException {
        // FRU, part number, CPLD and board revision exist only on some models; additional packages wrap.
        ParsedVersion parsed = parser.parse("""
                System Description............................. Quanta LY2R, 3.2.2.42, Linux 3.6.5
                Machine Type................................... Quanta LY2R
                Machine Model.................................. LY2R
                Serial Number.................................. QTFCQW1234567
                Maintenance Level.............................. A
                Manufacturer................................... 0xbc00
                Burned In MAC Address.......................... 00:C0:9F:00:11:22
                Software Version............................... 3.2.2.42
                Operating System............................... Linux 3.6.5-df9a4c1d
                Network Processing Device...................... BCM56846_A1
                Additional Packages............................ FASTPATH QOS
                                                                FASTPATH Multicast
                """);

        assertEquals(new ParsedVersion("3.2.2.42", "LY2R", "QTFCQW1234567", null, null, null, List.of()), parsed);
    }

    @Test
    void readsLabelsWrittenWithoutBlanksOrWithOneDot() throws OutputParseException {
        ParsedVersion parsed = parser.parse("""
                Switch: 1

                MachineModel. AS4610-54P
                SerialNumber.... EC1234000001
                SoftwareVersion.... 3.4.3.1
                """);

        assertEquals("3.4.3.1", parsed.version());
        assertEquals("AS4610-54P", parsed.model());
        assertEquals(List.of(new ParsedVersion.Member("AS4610-54P", "EC1234000001")), parsed.members());
    }

    @Test
    void reportsAPlaceholderSerialAsAbsent() throws OutputParseException {
        ParsedVersion parsed = parser.parse("""
                Switch: 1
                Serial Number.................................. --
                Software Version............................... 3.4.3.1
                """);

        assertNull(parsed.serial());
    }
}
