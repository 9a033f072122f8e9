package io.driftwatch.parsing;

import java.util.List;
import java.util.regex.Pattern;

/**
 * MikroTik RouterOS {@code /system resource print}: right-aligned "key: value" lines. The identity (host name) and
 * the serial live in other menus ({@code /system identity}, {@code /system routerboard}), so they stay null.
 */
public final class MikrotikRouterosParser implements VersionParser {

    private static final Pattern VERSION = OutputText.labelled("version");
    private static final Pattern BOARD_NAME = OutputText.labelled("board-name");
    private static final Pattern UPTIME = OutputText.labelled("uptime");

    @Override
    public String platform() {
        return "mikrotik_routeros";
    }

    @Override
    public String command() {
        return "/system resource print";
    }

    @Override
    public ParsedVersion parse(String output) throws OutputParseException {
        List<String> lines = OutputText.lines(output);
        // The value as printed, release channel included ("7.12.2 (stable)"): that is what ntc-templates captures and
        // the fixtures expect, and a channel change is itself worth noticing.
        String version = OutputText.firstGroup(VERSION, lines);
        if (version == null) {
            throw new OutputParseException("no 'version:' line found");
        }
        return new ParsedVersion(
                version,
                OutputText.firstGroup(BOARD_NAME, lines),
                null,
                null,
                OutputText.firstGroup(UPTIME, lines),
                null,
                List.of());
    }
}
