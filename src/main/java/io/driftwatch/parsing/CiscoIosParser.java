package io.driftwatch.parsing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cisco IOS and IOS-XE {@code show version}. IOS-XE 16+ prints a padded "IOS XE Software, Version 16.09.03" line
 * before the IOS line; the IOS line ("Version 16.9.3") is the one Cisco uses in release names, so it wins. Catalyst
 * stacks and StackWise Virtual pairs append one "Model Number / System Serial Number" block per switch.
 */
public final class CiscoIosParser implements VersionParser {

    // "Cisco IOS Software, ...", "Cisco IOS Software [Fuji], ..." and the 12.x "IOS (tm) ..." line.
    private static final Pattern IOS_VERSION = Pattern
            .compile("^\\s*(?:Cisco IOS Software|IOS \\(tm\\)).*?\\bVersion\\s+([^\\s,]+)");
    private static final Pattern XE_VERSION = Pattern
            .compile("^\\s*Cisco IOS[ -]XE Software,\\s+Version\\s+([^\\s,]+)");
    private static final Pattern HARDWARE = Pattern
            .compile("^\\s*[Cc]isco\\s+(\\S+)\\s+\\([^)]*\\)\\s+(?:processor|with)\\b");
    private static final Pattern PROCESSOR_BOARD_ID = Pattern.compile("^\\s*Processor board ID\\s+([^\\s,]+)");
    private static final Pattern UPTIME = Pattern.compile("^\\s*(\\S+)\\s+uptime is\\s+(.+)$");
    private static final Pattern IMAGE = Pattern.compile("^\\s*System image file is\\s+\"([^\"]*)\"");
    private static final Pattern MEMBER_MODEL = Pattern.compile("^\\s*Model number\\s*:\\s*(\\S+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MEMBER_SERIAL = Pattern.compile("^\\s*System serial number\\s*:\\s*(\\S+)",
            Pattern.CASE_INSENSITIVE);

    @Override
    public String platform() {
        return "cisco_ios";
    }

    @Override
    public String command() {
        return "show version";
    }

    @Override
    public ParsedVersion parse(String output) throws OutputParseException {
        List<String> lines = OutputText.lines(output);
        String version = OutputText.firstGroup(List.of(IOS_VERSION, XE_VERSION), lines);
        if (version == null) {
            throw new OutputParseException("no 'Cisco IOS Software' or 'Version' line found");
        }
        List<ParsedVersion.Member> members = members(lines);
        ParsedVersion.Member first = members.isEmpty() ? null : members.get(0);
        String model = OutputText.firstNonNull(
                OutputText.firstGroup(HARDWARE, lines), first == null ? null : first.model());
        String serial = OutputText.firstNonNull(
                OutputText.firstGroup(PROCESSOR_BOARD_ID, lines), first == null ? null : first.serial());
        String hostname = null;
        String uptime = null;
        for (String line : lines) {
            Matcher matcher = UPTIME.matcher(line);
            if (matcher.find()) {
                hostname = matcher.group(1);
                uptime = matcher.group(2).strip();
                break;
            }
        }
        return new ParsedVersion(version, model, serial, hostname, uptime, image(lines), members);
    }

    /** The padded IOS-XE line comes first; until the IOS line after it has come, a cut-short reply is not settled. */
    @Override
    public boolean versionSettled(String output) {
        return OutputText.firstGroup(IOS_VERSION, OutputText.lines(output)) != null;
    }

    /**
     * The file without its file system: the same image shows as "flash:" on one switch and "flash-2:" or
     * "bootflash:" on another, and the file name is what identifies the software.
     */
    private static String image(List<String> lines) {
        String path = OutputText.firstGroup(IMAGE, lines);
        if (path == null) {
            return null;
        }
        int colon = path.indexOf(':');
        return OutputText.blankToNull(colon < 0 ? path : path.substring(colon + 1));
    }

    /** One member per "Model Number" block; the serial line follows the model line within the same block. */
    private static List<ParsedVersion.Member> members(List<String> lines) {
        List<ParsedVersion.Member> members = new ArrayList<>();
        String model = null;
        String serial = null;
        for (String line : lines) {
            Matcher modelMatcher = MEMBER_MODEL.matcher(line);
            if (modelMatcher.find()) {
                if (model != null) {
                    members.add(new ParsedVersion.Member(model, serial));
                }
                model = modelMatcher.group(1);
                serial = null;
                continue;
            }
            Matcher serialMatcher = MEMBER_SERIAL.matcher(line);
            if (serialMatcher.find() && model != null) {
                serial = serialMatcher.group(1);
            }
        }
        if (model != null) {
            members.add(new ParsedVersion.Member(model, serial));
        }
        return members;
    }
}
