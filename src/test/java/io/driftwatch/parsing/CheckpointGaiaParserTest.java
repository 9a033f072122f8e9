package io.driftwatch.parsing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

// Variants from ntc-templates templates/checkpoint_gaia_show_version_all.textfsm, Apache-2.0.
class CheckpointGaiaParserTest {

    private final CheckpointGaiaParser parser = new CheckpointGaiaParser();

    @Test
    void readsTheReleaseFromTheProductLine() throws OutputParseException {
        ParsedVersion parsed = parser.parse("""
                Product version Check Point Gaia R81.20
                OS build 631
                OS kernel version 3.10.0-957.21.3cpx86_64
                OS edition 64-bit
                """);

        assertEquals(new ParsedVersion("R81.20", null, null, null, null, null, List.of()), parsed);
    }

    @Test
    void readsCrlf() throws OutputParseException {
        assertEquals("R80.40", parser.parse("Product version Check Point Gaia R80.40\r\n"
                + "OS build 294\r\n"
                + "OS kernel version 3.10.0-957.21.3cpx86_64\r\n"
                + "gw-01> ").version());
    }

    @Test
    void readsGaiaEmbeddedAndIgnoresWordsAfterTheRelease() throws OutputParseException {
        assertEquals("R81.10", parser.parse("Product version Check Point Gaia Embedded R81.10 Take 335\n").version());
    }

    @Test
    void rejectsOutputWithoutAProductVersion() {
        assertThrows(OutputParseException.class,
                () -> parser.parse("CLINFR0329  Invalid command:'show versoin all'.\n"));
    }

    @Test
    void readsTheTemplatesFourLines() throws OutputParseException {
        ParsedVersion parsed = parser.parse("""
                Product version Check Point Gaia R80.40
                OS build 294
                OS kernel version 3.10.0-957.21.3cpx86_64
                OS edition 64-bit
                """);

        assertEquals("R80.40", parsed.version());
    }

    @Test
    void readsTheLabelWhateverItsCase() throws OutputParseException {
        assertEquals("R81.10", parser.parse("product  version Check Point Gaia R81.10").version());
    }
}
