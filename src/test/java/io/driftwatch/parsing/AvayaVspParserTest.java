package io.driftwatch.parsing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

// Variants from ntc-templates templates/avaya_vsp_show_software.textfsm, Apache-2.0.
class AvayaVspParserTest {

    private final AvayaVspParser parser = new AvayaVspParser();

    @Test
    void readsThePrimaryRelease() throws OutputParseException {
        ParsedVersion parsed = parser.parse("""

                ========================================================================
                                software releases in /intflash/release/
                ========================================================================
                VOSS4K.8.3.0.0.GA (Primary Release)
                VOSS4K.8.2.5.0.GA (Backup Release)

                ------------------------------------------------------------------------
                Auto Commit     : enabled
                Commit Timeout  : 10 minutes
                VSP-4450#""");

        assertEquals(new ParsedVersion("VOSS4K.8.3.0.0.GA", null, null, null, null, null, List.of()), parsed);
    }

    @Test
    void readsCrlfOutput() throws OutputParseException {
        ParsedVersion parsed = parser.parse("VOSS7K.5.1.0.0.GA (Backup Release)\r\n"
                + "VOSS7K.5.1.1.0.GA (Primary Release)\r\n"
                + "Auto Commit     : enabled\r\n");

        assertEquals("VOSS7K.5.1.1.0.GA", parsed.version());
    }

    @Test
    void rejectsOutputWithoutAPrimaryRelease() {
        assertThrows(OutputParseException.class, () -> parser.parse("VOSS8K.6.0.1.2.GA (Backup Release)\n"));
    }

    @Test
    void readsThePrimaryReleaseAfterTheBackupOne() throws OutputParseException {
        ParsedVersion parsed = parser.parse("""
                ================================================================================
                                          software releases in /intflash/release/
                ================================================================================
                VOSS4K.4.2.1.0.GA (Backup Release)
                VOSS4K.5.1.1.0.GA (Primary Release)

                --------------------------------------------------------------------------------
                Auto Commit : enabled
                Commit Timeout : 10 minutes
                """);

        assertEquals("VOSS4K.5.1.1.0.GA", parsed.version());
    }

    @Test
    void readsTheMarkerWhateverItsCase() throws OutputParseException {
        assertEquals("VOSS8K.6.0.1.2.GA", parser.parse("VOSS8K.6.0.1.2.GA  (primary release)").version());
    }
}
