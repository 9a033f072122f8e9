package io.driftwatch.parsing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

// Variants from ntc-templates ntc_templates/templates/zyxel_os_sys_atsh.textfsm, Apache-2.0.
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

    @Test
    void readsPastALogLineTheChecksumsAndTheFeatureBitDump() throws OutputParseException {
        ParsedVersion parsed = parser.parse("""
                2022-10-03 17:47:51 sys<25123>, zcfg_msg.c:235, _msg_recv(), WARNING: select() wait forever
                Reading from reservearea to /tmp/boot_flag ...
                /tmp/boot_flag
                zyUtilIGetBootingFlag:sysCmd = /sbin/mtd readflash /tmp/boot_flag 1 659455 reservearea
                Firmware Version        : V5.30(ABSB.5)C0
                Bootbase Version        : V1.45 | 08/02/2021 17:45:45
                Vendor Name             : Zyxel Communications Corp.
                Product Model           : VMG1312-T20B
                Serial Number           : S220Y04040001
                First MAC Address       : 5C648E88D4E0
                Last MAC Address        : 5C648E88D4E7
                MAC Address Quantity    : 08
                Default Country Code    : E1
                Boot Module Debug Flag  : 00
                Kernel Checksum         : F3A8F377
                RootFS Checksum         : A096DA5D
                Romfile Checksum        : 00001C0D
                Main Feature Bits       : 00
                Other Feature Bits      :
                7ffccb71: 04050508 00000100 00000000 00000000
                7ffccb81: 00000000 00000000 00000000
                """);

        assertEquals(new ParsedVersion("V5.30(ABSB.5)C0", "VMG1312-T20B", "S220Y04040001", null, null, null,
                List.of()), parsed);
    }

    @Test
    void readsLabelsInAnyCaseAndSpacingAndReportsPlaceholdersAsAbsent() throws OutputParseException {
        ParsedVersion parsed = parser.parse("""
                FIRMWARE VERSION: V5.50(ABPM.9.2)C0
                product model :VMG3625-T50B
                Serial Number           : N/A
                """);

        assertEquals(new ParsedVersion("V5.50(ABPM.9.2)C0", "VMG3625-T50B", null, null, null, null, List.of()),
                parsed);
    }
}
