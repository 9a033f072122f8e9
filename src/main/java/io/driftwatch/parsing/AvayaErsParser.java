package io.driftwatch.parsing;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Avaya (Nortel, now Extreme) Ethernet Routing Switch {@code show sys-info}. The running release is the "SW:" part of
 * "Operational Software: FW:5.3.0.6   SW:v5.3.0.005"; "Installed software" may already hold the next release.
 */
public final class AvayaErsParser implements VersionParser {

    private static final Pattern OPERATIONAL_SOFTWARE = Pattern.compile(
            "^\\s*Operational\\s+Software\\s*:.*?\\bSW:\\s*(\\S+)",
            Pattern.CASE_INSENSITIVE);
    private static final LabelledFields FIELDS = LabelledFields.builder()
            .serial("Serial #")
            .hostname("sysName")
            .uptime("sysUpTime")
            .build();
    // "Ethernet Routing Switch 3549GTS-PWR+", cut before hardware and firmware details when they share the line.
    private static final Pattern SYS_DESCR = Pattern.compile("(?i)^\\s*sysDescr\\s*:\\s*(.+?)(?:\\s+HW:.*)?$");

    @Override
    public String platform() {
        return "avaya_ers";
    }

    @Override
    public String command() {
        return "show sys-info";
    }

    @Override
    public ParsedVersion parse(String output) throws OutputParseException {
        List<String> lines = OutputText.lines(output);
        String version = OutputText.firstValue(OPERATIONAL_SOFTWARE, lines);
        if (version == null) {
            throw new OutputParseException("no 'Operational Software: ... SW:' line found");
        }
        LabelledFields.Found found = FIELDS.read(lines);
        return new ParsedVersion(
                version,
                OutputText.firstValue(SYS_DESCR, lines),
                OutputText.firstWord(found.serial()),
                found.hostname(),
                found.uptime(),
                null,
                List.of());
    }
}
