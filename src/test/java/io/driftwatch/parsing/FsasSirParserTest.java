package io.driftwatch.parsing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

// Variants from ntc-templates ntc_templates/templates/fsas_sir_show_system_information.textfsm, Apache-2.0.
class FsasSirParserTest {

    private final FsasSirParser parser = new FsasSirParser();

    @Test
    void readsSystemInformation() throws OutputParseException {
        ParsedVersion parsed = parser.parse("""
                Current-time : Wed Jun 12 10:00:01 2024
                Startup-time : Mon Jun 3 08:12:40 2024
                System : Si-R G210
                Serial No. : 45670012
                ROM Ver. : U-Boot 2018.03-00086-g4bcc5bcade
                Firm Ver. : V20.51 NY0112 Tue Aug 22 11:02:51 JST 2023
                Running-firmware : firmware1
                Firmware1 Ver. : V20.51 NY0112 Tue Aug 22 11:02:51 JST 2023
                Firmware2 Ver. : V20.14 NY0067 Thu Dec 16 18:14:38 JST 2021
                Memory : 320MB
                """);

        assertEquals(new ParsedVersion("20.51", "Si-R G210", "45670012", null, null, "firmware1", List.of()), parsed);
    }

    @Test
    void readsCrlfOutput() throws OutputParseException {
        ParsedVersion parsed = parser.parse("System : Si-R G121\r\nSerial No. : 00420077\r\n"
                + "Firm Ver. : V20.60 NY0120 Fri Mar 1 09:00:00 JST 2024\r\nRunning-firmware : firmware2\r\n");

        assertEquals("20.60", parsed.version());
        assertEquals("Si-R G121", parsed.model());
        assertEquals("00420077", parsed.serial());
        assertEquals("firmware2", parsed.image());
    }

    @Test
    void rejectsOutputWithoutFirmware() {
        OutputParseException e = assertThrows(OutputParseException.class,
                () -> parser.parse("<ERROR> invalid command\n#"));
        assertTrue(e.getMessage().contains("Firm Ver."), e.getMessage());
    }

    @Test
    void readsEveryTemplateLineWithUsbAndWwanLines() throws OutputParseException {
        ParsedVersion parsed = parser.parse("""
                Current-time : Mon Oct 7 06:23:59 2019
                Startup-time : Mon Oct 7 06:23:52 2019
                System : Si-R G211
                Serial No. : 00000001
                ROM Ver. : U-Boot 2018.03-00070-g16236ce4a6
                Firm Ver. : V20.00 NY0001 Sun Sep 1 10:11:05 JST 2019
                Running-firmware : firmware1
                Firmware1 Ver. : V20.00 NY0001 Sun Sep 1 10:11:05 JST 2019
                Firmware2 Ver. : V19.10 NY0001 Sun Sep 1 10:11:05 JST 2018
                Security Software Ver. : V1.2
                Startup-config : Thu Oct 3 09:05:38 2019 config1
                Running-config : Fri Oct 4 06:23:52 2019
                MAC : 00000000000a-000000000010
                Memory : 512MB
                USB1 : Not connected
                WWAN0 status : none
                """);

        assertEquals(new ParsedVersion("20.00", "Si-R G211", "00000001", null, null, "firmware1", List.of()), parsed);
    }

    @Test
    void readsLabelsInAnyCaseAndSpacingAndReportsPlaceholdersAsAbsent() throws OutputParseException {
        ParsedVersion parsed = parser.parse("""
                SYSTEM: Si-R G120
                serial no.: --
                firm ver.:V20.54 NY0115
                Running-Firmware : N/A
                """);

        assertEquals(new ParsedVersion("20.54", "Si-R G120", null, null, null, null, List.of()), parsed);
    }
}
