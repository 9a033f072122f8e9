package io.driftwatch.parsing;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cisco ASA {@code show version}. ASA on Firepower hardware adds an FXOS version line and, in multiple-context mode,
 * a "&lt;context&gt;" marker after the ASA version; a failover pair adds a "failover cluster up" line after the
 * unit's own uptime. Appliances with a "Model Id" line (ASAv, 5500-X) name their model there; others only describe
 * the hardware.
 */
public final class CiscoAsaParser implements VersionParser {

    private static final Pattern VERSION = Pattern
            .compile("^\\s*Cisco Adaptive Security Appliance Software Version\\s+(\\S+)");
    private static final Pattern IMAGE = Pattern.compile("^\\s*System image file is\\s+\"([^\"]*)\"");
    // "asa1 up 41 days 19 hours"; the one-word host keeps "failover cluster up ..." from matching.
    private static final Pattern HOST_UPTIME = Pattern.compile("^(\\S+) up (.+)$");
    private static final Pattern MODEL_ID = Pattern.compile("^\\s*Model Id:\\s*(\\S+)");
    private static final Pattern HARDWARE = Pattern.compile("^\\s*Hardware:\\s*([^,\\s]+)");
    private static final Pattern SERIAL = Pattern.compile("^\\s*Serial Number:\\s*(\\S+)");

    @Override
    public String platform() {
        return "cisco_asa";
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
            throw new OutputParseException("no 'Cisco Adaptive Security Appliance Software Version' line found");
        }
        String hostname = null;
        String uptime = null;
        for (String line : lines) {
            Matcher matcher = HOST_UPTIME.matcher(line);
            if (matcher.find()) {
                hostname = matcher.group(1);
                uptime = OutputText.blankToNull(matcher.group(2));
                break;
            }
        }
        // A failover pair prints both units' serials; the first is the unit answering.
        return new ParsedVersion(
                version,
                OutputText.firstNonNull(OutputText.firstGroup(MODEL_ID, lines), OutputText.firstGroup(HARDWARE, lines)),
                OutputText.firstGroup(SERIAL, lines),
                hostname,
                uptime,
                OutputText.firstGroup(IMAGE, lines),
                List.of());
    }
}
