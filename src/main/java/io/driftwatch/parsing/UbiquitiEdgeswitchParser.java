package io.driftwatch.parsing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ubiquiti EdgeSwitch {@code show version}. Labels are padded with dots ("Serial Number........ 18E8..."), and a
 * stack prints one "Switch: N" block per unit, each with its own machine model and serial.
 */
public final class UbiquitiEdgeswitchParser implements VersionParser {

    private static final Pattern VERSION = Pattern.compile("^\\s*Software\\s+Version\\.*\\s+(\\S+)");
    private static final Pattern MODEL = Pattern.compile("^\\s*Machine\\s+Model\\.*\\s+(\\S.*)$");
    private static final Pattern SERIAL = Pattern.compile("^\\s*Serial\\s+Number\\.*\\s+(\\S+)");
    private static final Pattern SWITCH = Pattern.compile("^\\s*Switch:\\s*\\d+\\s*$");

    @Override
    public String platform() {
        return "ubiquiti_edgeswitch";
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
            throw new OutputParseException("no 'Software Version' line found");
        }
        return new ParsedVersion(version, OutputText.firstGroup(MODEL, lines), OutputText.firstGroup(SERIAL, lines),
                null, null, null, members(lines));
    }

    /** One member per "Switch: N" block; a lone switch without the header is not a stack. */
    private static List<ParsedVersion.Member> members(List<String> lines) {
        List<ParsedVersion.Member> members = new ArrayList<>();
        boolean inBlock = false;
        String model = null;
        String serial = null;
        for (String line : lines) {
            if (SWITCH.matcher(line).find()) {
                if (inBlock) {
                    members.add(new ParsedVersion.Member(model, serial));
                }
                inBlock = true;
                model = null;
                serial = null;
                continue;
            }
            Matcher modelMatcher = MODEL.matcher(line);
            if (modelMatcher.find()) {
                model = OutputText.blankToNull(modelMatcher.group(1));
            }
            Matcher serialMatcher = SERIAL.matcher(line);
            if (serialMatcher.find()) {
                serial = serialMatcher.group(1);
            }
        }
        if (inBlock) {
            members.add(new ParsedVersion.Member(model, serial));
        }
        return members;
    }
}
