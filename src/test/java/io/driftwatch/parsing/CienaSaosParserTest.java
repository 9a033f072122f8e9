package io.driftwatch.parsing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

// Variants from ntc-templates templates/ciena_saos_software_show.textfsm, Apache-2.0.
class CienaSaosParserTest {

    private final CienaSaosParser parser = new CienaSaosParser();

    @Test
    void readsTheRunningPackageAndBank() throws OutputParseException {
        ParsedVersion parsed = parser.parse("""
                +------------------------------------------------------------------------------+
                | Installed Package   : saos-06-20-00-0147                                     |
                | Running Package     : saos-06-19-01-0021                                     |
                | Application Build   : 18211                                                  |
                | Release Status      : GA                                                     |
                +------------------------------------------------------------------------------+
                | Running bank        : A                                                      |
                | Bank package version: saos-06-19-01-0021                                     |
                | Standby bank        : B                                                      |
                | Bank package version: saos-06-20-00-0147                                     |
                +------------------------------------------------------------------------------+
                """);

        assertEquals(new ParsedVersion("saos-06-19-01-0021", null, null, null, null, "A", List.of()), parsed);
    }

    @Test
    void readsCrlfOutput() throws OutputParseException {
        ParsedVersion parsed = parser.parse("+--------------------------------+\r\n"
                + "| Running Package     : saos-08-06-00-0211 |\r\n"
                + "| Running bank        : B                  |\r\n"
                + "+--------------------------------+");

        assertEquals("saos-08-06-00-0211", parsed.version());
        assertEquals("B", parsed.image());
    }

    @Test
    void rejectsOutputWithoutARunningPackage() {
        OutputParseException e = assertThrows(OutputParseException.class,
                () -> parser.parse("SHELL PARSER FAILURE: 'softwre' - invalid input\nsaos-5142>"));
        assertTrue(e.getMessage().contains("Running Package"), e.getMessage());
    }

    @Test
    void readsTheRunningPackageNotTheInstalledOne() throws OutputParseException {
        ParsedVersion parsed = parser.parse("""
                +------------------------------------------------------------------------------+
                | Installed Package   : saos-06-18-01-0123                                      |
                | Running Package     : saos-06-16-00-0211                                      |
                | Application Build   : 211                                                     |
                | Package Build Info  : Mon Jan 01 00:00:00 2018 builder                        |
                | Running Kernel      : 2.6.27.39                                               |
                | Running MIB Version : 04-16-00-0211                                       |
                | Release Status      : GA                                                      |
                +------------------------------------------------------------------------------+
                | Running bank        : B                                                       |
                | Standby bank        : A                                                       |
                | Bank package version: saos-06-16-00-0211                                      |
                | Bootloader version  : 10132                                                   |
                | Bootloader status   : valid                                                   |
                | Last command file   : /flash0/config/abc.cmd                                  |
                +------------------------------------------------------------------------------+
                """);

        assertEquals("saos-06-16-00-0211", parsed.version());
        assertEquals("B", parsed.image());
    }

    @Test
    void readsLabelsWhateverTheirCase() throws OutputParseException {
        assertEquals("saos-10-01", parser.parse("| RUNNING PACKAGE : saos-10-01 |").version());
    }
}
