package io.driftwatch.parsing;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Dell Networking OS9 (formerly Force10 FTOS) {@code show version}. The release is the "Application Software
 * Version"; the "Operating System Version" line is the kernel's. Older releases say "Force10" where newer say "Dell".
 */
public final class DellForce10Parser implements VersionParser {

    private static final Pattern VERSION = Pattern
            .compile("^\\s*(?:Dell|Force10)\\s+Application Software Version:\\s*(\\S+)");
    private static final Pattern UPTIME = Pattern.compile("^.*\\bOS uptime is\\s+(.+)$");
    private static final Pattern SYSTEM_TYPE = Pattern.compile("^\\s*System Type:\\s*(\\S+)");
    private static final Pattern CHASSIS_TYPE = Pattern.compile("^\\s*Chassis Type:\\s*(\\S+)");
    private static final Pattern IMAGE = Pattern.compile("^\\s*System image file is\\s+\"([^\"]*)\"");

    @Override
    public String platform() {
        return "dell_force10";
    }

    @Override
    public String command() {
        return "show version";
    }

    @Override
    public ParsedVersion parse(String output) throws OutputParseException {
        List<String> lines = OutputText.lines(output);
        String version = OutputText.firstGroup(VERSION, lines);
        if (version == null) {
            throw new OutputParseException("no 'Application Software Version' line found");
        }
        return new ParsedVersion(
                version,
                OutputText.firstGroup(List.of(SYSTEM_TYPE, CHASSIS_TYPE), lines),
                null,
                null,
                OutputText.firstGroup(UPTIME, lines),
                OutputText.firstGroup(IMAGE, lines),
                List.of());
    }
}
