package io.driftwatch.parsing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ZyxelOsParserTest {

    private final ZyxelOsParser parser = new ZyxelOsParser();

    @Test
    void readsPastShellChatter() throws OutputParseException {
        ParsedVersion parsed = parser.parse("""
                mtd[readflash]:device=reservearea tclen=1 tcoffset=659455
                Unlocking reservearea ...
                Firmware Version        : V5.13(AAKF.14)C0
                Bootbase Version        : V1.02 | 11/07/2019 10:20:31
                Vendor Name             : Zyxel Communications Corp.
                Product Model           : EMG3525-T50B
                Serial Number           : S190Y12345678
                First MAC Address       : BC9911223340
                """);

        assertEquals(new ParsedVersion("V5.13(AAKF.14)C0", "EMG3525-T50B", "S190Y12345678", null, null, null,
                List.of()), parsed);
    }

    @Test
    void readsCrlfOutput() throws OutputParseException {
        ParsedVersion parsed = parser.parse("Firmware Version        : V5.50(ABPY.1)b3\r\n"
                + "Product Model           : DX3301-T0\r\nSerial Number           : S222Z01000001\r\n");

        assertEquals("V5.50(ABPY.1)b3", parsed.version());
        assertEquals("DX3301-T0", parsed.model());
        assertEquals("S222Z01000001", parsed.serial());
    }

    @Test
    void rejectsOutputWithoutFirmwareVersion() {
        OutputParseException e = assertThrows(OutputParseException.class,
                () -> parser.parse("sh: sys: not found\n# "));
        assertTrue(e.getMessage().contains("Firmware Version"), e.getMessage());
    }
}
