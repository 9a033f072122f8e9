package io.driftwatch.parsing;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cisco IOS XR {@code show version} and {@code show version brief}. 32-bit XR prints "&lt;host&gt; uptime is" and
 * the boot image like IOS; 64-bit XR prints "System uptime is", a build block with the package location, and
 * neither hostname nor serial.
 */
public final class CiscoXrParser implements VersionParser {

    // The rest of the line up to any "[Default]" tag: XR7 appends the flavour, as in "Version 7.9.2 LNT".
    // "Cisco IOS XR Software, Version" and the wordings of other XR products ("Cisco IOS XR Admin Software ...").
    private static final Pattern XR_VERSION = Pattern.compile(
            "^\\s*Cisco\\b.*?\\bSoftware\\b.*?\\bVersion\\s+([^\\[]+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BUILD_VERSION = Pattern.compile("^\\s+Version\\s*:\\s*([^\\s\\[]+)",
            Pattern.CASE_INSENSITIVE);
    // ASR 9000 name the chassis on a line of their own, more precise than the "ASR9K Series" processor line.
    private static final Pattern ASR_CHASSIS = Pattern.compile("^\\s*(ASR[- ]?\\d+\\w*)\\b.*\\bChassis\\b");
    private static final Pattern HARDWARE = Pattern.compile("^\\s*cisco\\s+(.+?)\\s+\\(.*\\)\\s+processor\\b",
            Pattern.CASE_INSENSITIVE);
    // Any "cisco <hardware> (...)" line but the software one, e.g. "cisco IOS-XRv 9000 () processor" or a
    // processor line that does not say "processor".
    private static final Pattern ANY_HARDWARE = Pattern.compile("^\\s*cisco\\s+(?!.*\\bSoftware\\b)(.+?)\\s\\(.*\\)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern UPTIME = Pattern.compile("^\\s*(\\S+)\\s+uptime\\s+is\\s+(.+)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern IMAGE = Pattern.compile("^\\s*System\\s+image\\s+file\\s+is\\s+\"([^\"]*)\"",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LOCATION = Pattern.compile("^\\s+Location\\s*:\\s*(\\S+)", Pattern.CASE_INSENSITIVE);

    @Override
    public String platform() {
        return "cisco_xr";
    }

    @Override
    public String command() {
        return "show version";
    }

    @Override
    public ParsedVersion parse(String output) throws OutputParseException {
        List<String> lines = OutputText.lines(output);
        String version = OutputText.firstValue(List.of(XR_VERSION, BUILD_VERSION), lines);
        if (version == null) {
            throw new OutputParseException("no 'Cisco IOS XR Software, Version' line found");
        }
        String hostname = null;
        String uptime = null;
        for (String line : lines) {
            Matcher matcher = UPTIME.matcher(line);
            if (matcher.find()) {
                // 64-bit XR says "System uptime is": there is no hostname in that output.
                hostname = "System".equalsIgnoreCase(matcher.group(1)) ? null : matcher.group(1);
                uptime = matcher.group(2).strip();
                break;
            }
        }
        return new ParsedVersion(
                version,
                OutputText.firstValue(List.of(ASR_CHASSIS, HARDWARE, ANY_HARDWARE), lines),
                null,
                hostname,
                uptime,
                OutputText.firstValue(List.of(IMAGE, LOCATION), lines),
                List.of());
    }
}
