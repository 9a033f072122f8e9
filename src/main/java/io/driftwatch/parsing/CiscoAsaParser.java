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

    // ASA and the Firepower platforms that run it name the product differently before "Software Version".
    private static final Pattern VERSION = Pattern.compile("^.*?\\bSoftware\\s+Version\\s+(\\S+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern IMAGE = Pattern.compile("^\\s*System\\s+image\\s+file\\s+is\\s+\"([^\"]*)\"",
            Pattern.CASE_INSENSITIVE);
    // "asa1 up 41 days 19 hours"; the one-word host keeps "failover cluster up ..." from matching.
    private static final Pattern HOST_UPTIME = Pattern.compile("^(\\S+) up (.+)$");
    private static final Pattern HARDWARE = Pattern.compile("^\\s*Hardware\\s*:\\s*([^,\\s]+)",
            Pattern.CASE_INSENSITIVE);
    private static final LabelledFields FIELDS = LabelledFields.builder()
            .model("Model Id")
            .serial("Serial Number")
            .build();

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
        String version = OutputText.firstValue(VERSION, lines);
        if (version == null) {
            throw new OutputParseException("no 'Cisco Adaptive Security Appliance Software Version' line found");
        }
        LabelledFields.Found found = FIELDS.read(lines);
        String hostname = null;
        String uptime = null;
        for (String line : lines) {
            Matcher matcher = HOST_UPTIME.matcher(line);
            if (matcher.find()) {
                hostname = matcher.group(1);
                uptime = OutputText.present(matcher.group(2));
                break;
            }
        }
        // A failover pair prints both units' serials; the first is the unit answering.
        return new ParsedVersion(
                version,
                OutputText.firstNonNull(OutputText.firstWord(found.model()), OutputText.firstValue(HARDWARE, lines)),
                OutputText.firstWord(found.serial()),
                hostname,
                uptime,
                OutputText.firstValue(IMAGE, lines),
                List.of());
    }
}
