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
    // Any other "... Software (IMAGE), Version x," line, e.g. "Cisco Internetwork Operating System Software" trains.
    private static final Pattern IMAGE_VERSION = Pattern
            .compile("^.*?\\bSoftware,*\\s+\\([^)]*\\),\\s*Version\\s+([^\\s,]+)");
    private static final Pattern XE_VERSION = Pattern
            .compile("^\\s*Cisco IOS[ -]XE Software,\\s+Version\\s+([^\\s,]+)");
    private static final Pattern HARDWARE = Pattern
            .compile("^\\s*[Cc]isco\\s+(\\S+)\\s+\\([^)]*\\)\\s+(?:processor|with)\\b");
    // The template's wider "cisco <hardware> (...) <anything>" line, tried after the usual processor line.
    private static final Pattern ANY_HARDWARE = Pattern
            .compile("^\\s*[Cc]isco\\s+(?!IOS\\b)(\\S+)\\s+\\([^)]*\\)\\s*\\S");
    private static final Pattern PROCESSOR_BOARD_ID = Pattern.compile("^\\s*Processor\\s+board\\s+ID\\s+([^\\s,]+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern UPTIME = Pattern.compile("^\\s*(\\S+)\\s+uptime\\s+is\\s+(.+)$");
    private static final Pattern IMAGE = Pattern.compile("^\\s*System\\s+image\\s+file\\s+is\\s+\"([^\"]*)\"",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MEMBER_MODEL = Pattern.compile("^\\s*Model\\s+number\\s*:\\s*(\\S+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MEMBER_SERIAL = Pattern.compile("^\\s*System\\s+serial\\s+number\\s*:\\s*(\\S+)",
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
        String version = OutputText.firstValue(List.of(IOS_VERSION, IMAGE_VERSION, XE_VERSION), lines);
        if (version == null) {
            throw new OutputParseException("no 'Cisco IOS Software' or 'Version' line found");
        }
        List<ParsedVersion.Member> members = members(lines);
        ParsedVersion.Member first = members.isEmpty() ? null : members.get(0);
        String model = OutputText.firstNonNull(
                OutputText.firstValue(List.of(HARDWARE, ANY_HARDWARE), lines), first == null ? null : first.model());
        String serial = OutputText.firstNonNull(
                OutputText.firstValue(PROCESSOR_BOARD_ID, lines), first == null ? null : first.serial());
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
        return OutputText.firstValue(List.of(IOS_VERSION, IMAGE_VERSION), OutputText.lines(output)) != null;
    }

    /**
     * The file without its file system: the same image shows as "flash:" on one switch and "flash-2:" or
     * "bootflash:" on another, and the file name is what identifies the software.
     */
    private static String image(List<String> lines) {
        String path = OutputText.firstValue(IMAGE, lines);
        if (path == null) {
            return null;
        }
        int colon = path.indexOf(':');
        return OutputText.present(colon < 0 ? path : path.substring(colon + 1));
    }

    /**
     * One member per "Model Number" line, paired in order with the "System Serial Number" lines: each switch's block
     * prints both, in whichever order its release prefers.
     */
    private static List<ParsedVersion.Member> members(List<String> lines) {
        List<String> models = new ArrayList<>();
        List<String> serials = new ArrayList<>();
        for (String line : lines) {
            Matcher modelMatcher = MEMBER_MODEL.matcher(line);
            if (modelMatcher.find()) {
                models.add(modelMatcher.group(1));
                continue;
            }
            Matcher serialMatcher = MEMBER_SERIAL.matcher(line);
            if (serialMatcher.find()) {
                serials.add(serialMatcher.group(1));
            }
        }
        List<ParsedVersion.Member> members = new ArrayList<>();
        for (int i = 0; i < models.size(); i++) {
            members.add(new ParsedVersion.Member(models.get(i), i < serials.size() ? serials.get(i) : null));
        }
        return members;
    }
}
