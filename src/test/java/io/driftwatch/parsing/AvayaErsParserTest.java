package io.driftwatch.parsing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

// Variants from ntc-templates templates/avaya_ers_show_sys-info.textfsm, Apache-2.0.
class AvayaErsParserTest {

    private final AvayaErsParser parser = new AvayaErsParser();

    @Test
    void readsTheOperationalSoftware() throws OutputParseException {
        ParsedVersion parsed = parser.parse("""
                Operation Mode:        Switch
                MAC Address:           00-1B-4F-12-34-56
                Reset Count:           4
                Last Reset Type:       Software Download
                sysDescr:              Ethernet Routing Switch 4850GTS-PWR+
                                       HW:12       FW:5.8.0.1   SW:v5.12.1.022
                                       Mfg Date:20141110    HW Dev:H/W rev.05
                Serial #:              14JP4100AB
                Operational Software:  FW:5.8.0.1   SW:v5.12.1.022
                Installed software:    FW:5.8.0.1   SW:v5.12.2.005
                sysUpTime:             112 days, 02:41:07
                sysName:               ers-lobby
                sysLocation:           Lobby
                """);

        assertEquals(new ParsedVersion("v5.12.1.022", "Ethernet Routing Switch 4850GTS-PWR+", "14JP4100AB",
                "ers-lobby", "112 days, 02:41:07", null, List.of()), parsed);
    }

    @Test
    void readsCrlfOutput() throws OutputParseException {
        ParsedVersion parsed = parser.parse("sysDescr:              Ethernet Routing Switch 3526T-PWR+\r\n"
                + "Serial #:              1XZZ1234\r\n"
                + "Operational Software:  FW:5.3.0.6   SW:v5.3.7.002\r\n"
                + "sysUpTime:             0 days, 00:12:53\r\n"
                + "sysName:               ers-lab");

        assertEquals("v5.3.7.002", parsed.version());
        assertEquals("1XZZ1234", parsed.serial());
        assertEquals("ers-lab", parsed.hostname());
        assertEquals("0 days, 00:12:53", parsed.uptime());
    }

    @Test
    void rejectsOutputWithoutOperationalSoftware() {
        assertThrows(OutputParseException.class, () -> parser.parse("% Invalid input detected at '^' marker.\nERS#"));
    }

    @Test
    void readsTheTemplatesStackLabelsAndPrefersOperationalToInstalledSoftware() throws OutputParseException {
        ParsedVersion parsed = parser.parse("""
                Operation Mode:       Stack, Unit # 1
                Size Of Stack:        2
                Base Unit:            1
                MAC Address:          00-1B-25-AA-BB-CC
                PoE Module FW:        6000.0
                Reset Count:          12
                Last Reset Type:      Management Factory Reset
                Autotopology:         Enabled
                Base Unit Selection:  Non-base unit using rear-panel switch
                Serial #:             SDNI1234AB
                Installed software:   FW:5.3.0.6   SW:v5.6.2.103
                Operational Software: FW:5.3.0.6   SW:v5.4.0.008
                Operational license:  Premier
                Installed license:    Premier
                sysObjectID:          1.3.6.1.4.1.45.3.71.3
                sysUpTime:            12 days, 03:04:05
                sysNtpTime:           Not synchronized.
                sysServices:          3
                sysContact:
                sysName:              ers-stack-1
                sysLocation:
                Stack sysAssetId:
                Unit sysAssetId:
                """);

        assertEquals("v5.4.0.008", parsed.version());
        assertEquals("SDNI1234AB", parsed.serial());
        assertEquals("ers-stack-1", parsed.hostname());
        assertEquals("12 days, 03:04:05", parsed.uptime());
    }

    @Test
    void readsLabelsWhateverTheirCaseAndSpacing() throws OutputParseException {
        ParsedVersion parsed = parser.parse("""
                SERIAL # :  SDNI9999
                operational software :  FW:5.3.0.6  SW:v7.1.0.000
                SYSNAME:  ers-2
                """);

        assertEquals("v7.1.0.000", parsed.version());
        assertEquals("SDNI9999", parsed.serial());
        assertEquals("ers-2", parsed.hostname());
    }
}
