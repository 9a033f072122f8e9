package io.driftwatch.parsing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

// Variants from ntc-templates templates/aruba_os_show_version.textfsm, Apache-2.0.
class ArubaOsParserTest {

    private final ArubaOsParser parser = new ArubaOsParser();

    @Test
    void readsTheImageStampOfAnArubaOsSwitch() throws OutputParseException {
        ParsedVersion parsed = parser.parse("""

                Image stamp:    /ws/swbuildm/rel_orlando_qaoff/code/build/bom(swbuildm_rel_orlando_qaoff_rel_orlando)
                                Nov 12 2021 10:44:30
                                KB.16.10.0018
                                1034
                Boot Image:     Secondary

                Boot ROM Version:    KB.16.01.0009
                Active Boot ROM:     Primary
                sw-access-3#""");

        assertEquals(new ParsedVersion("KB.16.10.0018", null, null, null, null, "Secondary", List.of()), parsed);
    }

    @Test
    void readsAControllerWithCrlf() throws OutputParseException {
        ParsedVersion parsed = parser.parse("Aruba Operating System Software.\r\n"
                + "ArubaOS (MODEL: Aruba7030-US), Version 8.10.0.7\r\n"
                + "Website: http://www.arubanetworks.com\r\n"
                + "Compiled on 2023-05-02 at 11:52:13 UTC (build 87003) by jenkins\r\n"
                + "\r\n"
                + "Switch uptime is 41 days 6 hours 2 minutes 9 seconds\r\n");

        assertEquals(new ParsedVersion("8.10.0.7", "Aruba7030-US", null, null,
                "41 days 6 hours 2 minutes 9 seconds", null, List.of()), parsed);
    }

    @Test
    void rejectsOutputWithoutAVersion() {
        assertThrows(OutputParseException.class, () -> parser.parse("Invalid input: version\n(host) #"));
    }

    @Test
    void readsEveryLineOfTheTemplateWithBlankLinesBetween() throws OutputParseException {
        ParsedVersion parsed = parser.parse("""
                Image stamp:    /ws/swbuildm/rel_ukiah_qaoff/code/build/bom(swbuildm_rel_ukiah_qaoff_rel_ukiah)

                                Mar 30 2021 11:13:48
                                16
                                YA.16.10.0012
                Boot Image:     Primary

                Boot ROM Version:    YA.15.20
                Active Boot ROM:     Primary
                """);

        assertEquals("YA.16.10.0012", parsed.version());
        assertEquals("Primary", parsed.image());
    }
}
