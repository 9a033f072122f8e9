package io.driftwatch.parsing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

// Variants from ntc-templates templates/cisco_s300_show_version.textfsm, Apache-2.0.
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

    @Test
    void readsTheSwBootAndHwVersionLines() throws OutputParseException {
        ParsedVersion parsed = parser.parse("""
                SW version    1.4.8.6 ( date  24-Jan-2017 time  13:18:51 )
                Boot version    1.3.5.06 ( date  21-Jul-2013 time  15:12:10 )
                HW version    V02
                """);

        assertEquals("1.4.8.6", parsed.version());
    }

    @Test
    void readsTheActiveImageOfNewerFirmware() throws OutputParseException {
        ParsedVersion parsed = parser.parse("""
                Active-image: flash://system/images/image_tesla_hybrid_2.5.5.47_release_cisco_signed.bin
                  Version: 2.5.5.47
                  MD5 Digest: 5a5c5bd9e7b7a0f6b4a1234567890abc
                  Date: 02-Mar-2020
                  Time: 21:52:48
                Inactive-image: flash://system/images/image_tesla_hybrid_2.4.5.71_release_cisco_signed.bin
                  Version: 2.4.5.71
                  MD5 Digest: 0123456789abcdef0123456789abcdef
                  Date: 08-Jan-2019
                  Time: 17:15:55
                """);

        assertEquals("2.5.5.47", parsed.version());
    }

    @Test
    void skipsTheInactiveImageListedFirst() throws OutputParseException {
        ParsedVersion parsed = parser.parse("""
                Inactive-image: flash://system/images/old.bin
                  Version: 2.4.5.71
                Active-image: flash://system/images/new.bin
                  Version: 2.5.5.47
                """);

        assertEquals("2.5.5.47", parsed.version());
    }
}
