package io.driftwatch.parsing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

// Alternatives from ntc-templates' ntc_templates/templates/ubiquiti_edgerouter_show_version.textfsm (Apache-2.0).
class UbiquitiEdgerouterParserTest {

    private final UbiquitiEdgerouterParser parser = new UbiquitiEdgerouterParser();

    @Test
    void readsThePaddedLabels() throws OutputParseException {
        ParsedVersion parsed = parser.parse("""
                Version:      v2.0.9-hotfix.7
                Build ID:     5619195
                Build on:     06/27/23 09:45
                Copyright:    2012-2020 Ubiquiti Networks, Inc.
                HW model:     EdgeRouter 4
                HW S/N:       74ACB9A1B2C3
                Uptime:       09:12:44 up 102 days, 22:03,  1 user,  load average: 0.12, 0.10, 0.08
                """);

        assertEquals(new ParsedVersion("v2.0.9-hotfix.7", "EdgeRouter 4", "74ACB9A1B2C3", null,
                "09:12:44 up 102 days, 22:03,  1 user,  load average: 0.12, 0.10, 0.08", null, List.of()), parsed);
    }

    @Test
    void readsCrlf() throws OutputParseException {
        ParsedVersion parsed = parser.parse("Version:      v1.10.11\r\n"
                + "Build ID:     5274269\r\n"
                + "HW model:     EdgeRouter X 5-Port\r\n"
                + "HW S/N:       F09FC2AABBCC\r\n"
                + "Uptime:       17:01:02 up 3 days,  4:05,  1 user,  load average: 1.00, 0.98, 0.97\r\n"
                + "ubnt@erx:~$ ");

        assertEquals("v1.10.11", parsed.version());
        assertEquals("EdgeRouter X 5-Port", parsed.model());
        assertEquals("F09FC2AABBCC", parsed.serial());
    }

    @Test
    void readsAnOutputWithoutHardwareLines() throws OutputParseException {
        // The template's hardware and build lines are all optional: a virtual EdgeOS prints none of them.
        ParsedVersion parsed = parser.parse("""
                Version:      v1.9.7+hotfix.4
                Uptime:       08:00:01 up 1 day,  2:03,  1 user,  load average: 0.00, 0.01, 0.05
                """);

        assertEquals(new ParsedVersion("v1.9.7+hotfix.4", null, null, null,
                "08:00:01 up 1 day,  2:03,  1 user,  load average: 0.00, 0.01, 0.05", null, List.of()), parsed);
    }

    @Test
    void rejectsOutputWithoutAVersion() {
        assertThrows(OutputParseException.class,
                () -> parser.parse("Invalid command: show [verison]\n"));
    }
}
