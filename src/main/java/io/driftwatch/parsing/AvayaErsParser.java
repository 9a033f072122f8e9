package io.driftwatch.parsing;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Avaya (Nortel, now Extreme) Ethernet Routing Switch {@code show sys-info}. The running release is the "SW:" part of
 * "Operational Software: FW:5.3.0.6   SW:v5.3.0.005"; "Installed software" may already hold the next release.
 */
public final class AvayaErsParser implements VersionParser {

    private static final Pattern OPERATIONAL_SOFTWARE = Pattern.compile("^\\s*Operational Software:.*?\\bSW:\\s*(\\S+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SERIAL = Pattern.compile("^\\s*Serial #:\\s*(\\S+)");
    private static final Pattern SYS_NAME = Pattern.compile("^\\s*sysName:\\s*(.+)$");
    private static final Pattern SYS_UPTIME = Pattern.compile("^\\s*sysUpTime:\\s*(.+)$");
    // "Ethernet Routing Switch 3549GTS-PWR+", cut before hardware and firmware details when they share the line.
    private static final Pattern SYS_DESCR = Pattern.compile("^\\s*sysDescr:\\s*(.+?)(?:\\s+HW:.*)?$");

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
        String version = OutputText.firstGroup(OPERATIONAL_SOFTWARE, lines);
        if (version == null) {
            throw new OutputParseException("no 'Operational Software: ... SW:' line found");
        }
        return new ParsedVersion(
                version,
                OutputText.firstGroup(SYS_DESCR, lines),
                OutputText.firstGroup(SERIAL, lines),
                OutputText.firstGroup(SYS_NAME, lines),
                OutputText.firstGroup(SYS_UPTIME, lines),
                null,
                List.of());
    }
}
