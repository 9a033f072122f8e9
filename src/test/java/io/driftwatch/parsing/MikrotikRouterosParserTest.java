package io.driftwatch.parsing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class MikrotikRouterosParserTest {

    private final MikrotikRouterosParser parser = new MikrotikRouterosParser();

    @Test
    void keepsTheReleaseChannelWithTheVersion() throws OutputParseException {
        ParsedVersion parsed = parser.parse("""
                                   uptime: 3w2d4h10m5s
                                  version: 7.15.3 (stable)
                               build-time: 2024-07-24 10:39:00
                         factory-software: 7.11.2
                              free-memory: 861.4MiB
                             total-memory: 1024.0MiB
                                      cpu: ARM64
                                cpu-count: 4
                                 cpu-load: 2%
                           free-hdd-space: 96.2MiB
                          total-hdd-space: 128.0MiB
                        architecture-name: arm64
                               board-name: RB5009UG+S+
                                 platform: MikroTik
                """);

        assertEquals(new ParsedVersion("7.15.3 (stable)", "RB5009UG+S+", null, null, "3w2d4h10m5s", null,
                List.of()), parsed);
    }

    @Test
    void readsCrlf() throws OutputParseException {
        ParsedVersion parsed = parser.parse("                   uptime: 2h41m7s\r\n"
                + "                  version: 6.49.10 (long-term)\r\n"
                + "               board-name: hAP ac^2\r\n"
                + "                 platform: MikroTik\r\n"
                + "\r\n"
                + "[admin@gw-home] > ");

        assertEquals("6.49.10 (long-term)", parsed.version());
        assertEquals("hAP ac^2", parsed.model());
        assertEquals("2h41m7s", parsed.uptime());
    }

    @Test
    void rejectsOutputWithoutAVersion() {
        assertThrows(OutputParseException.class,
                () -> parser.parse("bad command name resource (line 1 column 9)\n"));
    }
}
