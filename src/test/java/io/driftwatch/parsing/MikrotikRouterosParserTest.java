package io.driftwatch.parsing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

// Alternatives from ntc-templates' ntc_templates/templates/mikrotik_routeros_system_resource_print.textfsm (Apache-2.0).
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
    void readsAnUptimeInWeeksAndTheX86Layout() throws OutputParseException {
        ParsedVersion parsed = parser.parse("""
                                   uptime: 2w3d4h5m6s
                                  version: 6.49.10 (long-term)
                               build-time: Sep/06/2023 09:10:11
                         factory-software: 6.44.6
                              free-memory: 212.4MiB
                             total-memory: 256.0MiB
                                      cpu: Intel(R)
                                cpu-count: 2
                            cpu-frequency: 2400MHz
                                 cpu-load: 1%
                           free-hdd-space: 80.2MiB
                          total-hdd-space: 89.1MiB
                  write-sect-since-reboot: 1020
                         write-sect-total: 1020
                               bad-blocks: 0%
                        architecture-name: x86
                               board-name: x86
                                 platform: MikroTik
                """);

        assertEquals(new ParsedVersion("6.49.10 (long-term)", "x86", null, null, "2w3d4h5m6s", null, List.of()),
                parsed);
    }

    @Test
    void readsAnUptimeOfSecondsOnlyWithoutIndentation() throws OutputParseException {
        ParsedVersion parsed = parser.parse("uptime: 42s\nversion: 7.15 (stable)\nboard-name: hAP ax^2\n");

        assertEquals(new ParsedVersion("7.15 (stable)", "hAP ax^2", null, null, "42s", null, List.of()), parsed);
    }

    @Test
    void rejectsOutputWithoutAVersion() {
        assertThrows(OutputParseException.class,
                () -> parser.parse("bad command name resource (line 1 column 9)\n"));
    }
}
