package io.driftwatch.parsing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class CiscoS300ParserTest {

    private final CiscoS300Parser parser = new CiscoS300Parser();

    @Test
    void readsAStandaloneSwitch() throws OutputParseException {
        ParsedVersion parsed = parser.parse("""
                SW version    1.4.11.5 ( date  05-Mar-2020 time  20:12:39 )
                Boot version    1.3.5.06 ( date  21-Jul-2013 time  15:12:10 )
                HW version    V03
                """);

        assertEquals(new ParsedVersion("1.4.11.5", null, null, null, null, null, List.of()), parsed);
    }

    @Test
    void readsTheFirstUnitOfAStackWithCrlf() throws OutputParseException {
        ParsedVersion parsed = parser.parse("Unit      SW version     Boot version     HW version\r\n"
                + "------- -------------- ---------------- ------------\r\n"
                + " 1         1.4.8.6          1.3.5.06          V02\r\n"
                + " 2         1.4.8.6          1.3.5.06          V02\r\n");

        assertEquals("1.4.8.6", parsed.version());
    }

    @Test
    void rejectsOutputWithoutASwVersion() {
        assertThrows(OutputParseException.class, () -> parser.parse(
                "Boot version    1.3.5.06 ( date  21-Jul-2013 time  15:12:10 )\nHW version    V03\n"));
    }
}
