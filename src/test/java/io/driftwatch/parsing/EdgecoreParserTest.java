package io.driftwatch.parsing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

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
}
