package io.driftwatch.parsing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

// Variants from ntc-templates ntc_templates/templates/edgecore_show_version.textfsm, Apache-2.0.
class EdgecoreParserTest {

    private final EdgecoreParser parser = new EdgecoreParser();

    @Test
    void readsEveryUnitOfAStack() throws OutputParseException {
        ParsedVersion parsed = parser.parse("""
                Unit 1
                 Serial Number:           EC1604000123
                 Hardware Version:        R01
                 EPLD Version:            0.03
                 Number of Ports:         28
                 Main Power Status:       Up

                Unit 2
                 Serial Number:           EC1604000456
                 Hardware Version:        R01
                 Number of Ports:         28

                Agent (Master)
                 Unit ID:                 1
                 Loader Version:          1.0.1.2
                 Boot ROM Version:        1.0.1.3
                 Operation Code Version:  1.5.2.11
                Console#""");

        assertEquals(new ParsedVersion("1.5.2.11", null, "EC1604000123", null, null, null, List.of(
                new ParsedVersion.Member(null, "EC1604000123"),
                new ParsedVersion.Member(null, "EC1604000456"))), parsed);
    }

    @Test
    void readsCrlfOutput() throws OutputParseException {
        ParsedVersion parsed = parser.parse("Unit 1\r\n"
                + " Serial Number:           EC1850001234\r\n"
                + " Hardware Version:        R0A\r\n"
                + "\r\n"
                + "Agent (Master)\r\n"
                + " Operation Code Version:  3.0.1.14");

        assertEquals("3.0.1.14", parsed.version());
        assertEquals("EC1850001234", parsed.serial());
    }

    @Test
    void rejectsOutputWithoutAnOperationCodeVersion() {
        assertThrows(OutputParseException.class,
                () -> parser.parse("% Invalid input detected at '^' marker.\nConsole#"));
    }

    @Test
    void readsEveryTemplateLineWithAnEmptyServiceTag() throws OutputParseException {
        ParsedVersion parsed = parser.parse("""
                Unit 1
                 Serial Number:           EC1849001122
                 Service Tag:
                 Hardware Version:        R01
                 Chip Device ID:          Marvell 98DX106-B0, 88E6095[F]
                 EPLD Version:            1.23
                 Number of Ports:         28
                 Main Power Status:       Up
                 Redundant Power Status:  Not present

                Agent (Master)
                 Unit ID:                 1
                 Loader Version:          1.2.3.4
                 Boot ROM Version:        1.2.3.5
                 Operation Code Version:  1.2.3.6
                """);

        assertEquals(new ParsedVersion("1.2.3.6", null, "EC1849001122", null, null, null,
                List.of(new ParsedVersion.Member(null, "EC1849001122"))), parsed);
    }

    @Test
    void keepsAUnitWithoutASerialAsAMember() throws OutputParseException {
        // The template records every "Unit n", whatever it prints.
        ParsedVersion parsed = parser.parse("""
                Unit 1
                 Serial Number:           EC1
                Unit 2
                 Hardware Version:        R01
                Agent (Master)
                 Operation Code Version:  1.5.2.11
                """);

        assertEquals(List.of(new ParsedVersion.Member(null, "EC1"), new ParsedVersion.Member(null, null)),
                parsed.members());
    }

    @Test
    void readsLabelsInAnyCaseAndReportsPlaceholdersAsAbsent() throws OutputParseException {
        ParsedVersion parsed = parser.parse("""
                UNIT 1
                 serial number : --
                 OPERATION CODE VERSION : 2.0.1
                """);

        assertEquals("2.0.1", parsed.version());
        assertNull(parsed.serial());
    }
}
