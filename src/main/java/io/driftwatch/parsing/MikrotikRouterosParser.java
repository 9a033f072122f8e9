package io.driftwatch.parsing;

import java.util.List;

/**
 * MikroTik RouterOS {@code /system resource print}: right-aligned "key: value" lines. The identity (host name) and
 * the serial live in other menus ({@code /system identity}, {@code /system routerboard}), so they stay null.
 */
public final class MikrotikRouterosParser implements VersionParser {

    private static final LabelledFields FIELDS = LabelledFields.builder()
            .version("version")
            .model("board-name")
            .uptime("uptime")
            .build();

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
        LabelledFields.Found found = FIELDS.read(lines);
        if (found.version() == null) {
            throw new OutputParseException("no 'version:' line found");
        }
        return found.toParsedVersion(List.of());
    }
}
