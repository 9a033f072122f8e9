package io.driftwatch.parsing;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Zyxel CPE (VMG, EMG, DX) {@code sys atsh}. The manufacturing-data table is often preceded by debug and flash-read
 * chatter from the shell, so lines are matched by label wherever they appear.
 */
public final class ZyxelOsParser implements VersionParser {

    private static final Pattern VERSION = Pattern.compile("^\\s*Firmware\\s+Version\\s*:\\s*(\\S+)");
    private static final Pattern MODEL = Pattern.compile("^\\s*Product\\s+Model\\s*:\\s*(.+)$");
    private static final Pattern SERIAL = Pattern.compile("^\\s*Serial\\s+Number\\s*:\\s*(\\S+)");

    @Override
    public String platform() {
        return "zyxel_os";
    }

    @Override
    public String command() {
        return "sys atsh";
    }

    @Override
    public ParsedVersion parse(String output) throws OutputParseException {
        List<String> lines = OutputText.lines(output);
        String version = OutputText.firstGroup(VERSION, lines);
        if (version == null) {
            throw new OutputParseException("no 'Firmware Version' line found");
        }
        return new ParsedVersion(version, OutputText.firstGroup(MODEL, lines), OutputText.firstGroup(SERIAL, lines),
                null, null, null, List.of());
    }
}
