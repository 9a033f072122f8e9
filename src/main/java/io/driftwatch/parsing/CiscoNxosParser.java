package io.driftwatch.parsing;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Cisco NX-OS {@code show version}. Since 7.0(3) the software line is "NXOS: version ..."; older 5k/6k/7k releases
 * print "kickstart:" and "system:" lines instead. The "System version" under "Last reset" is the release that ran
 * before the reset, so it is never read.
 */
public final class CiscoNxosParser implements VersionParser {

    // The rest of the line: 10.x appends the release kind, e.g. "10.4(5) [Maintenance Release]".
    private static final Pattern NXOS_VERSION = Pattern.compile("^\\s*NXOS:\\s+version\\s+(.+)$");
    private static final Pattern SYSTEM_VERSION = Pattern.compile("^\\s*system:\\s+version\\s+(.+)$");
    private static final Pattern IMAGE = Pattern.compile("^\\s*(?:NXOS|kickstart|system) image file is:\\s+(\\S+)");
    private static final Pattern CHASSIS = Pattern.compile("^\\s*cisco\\s+(.+?)\\s+[Cc]hassis\\b");
    // ACI leaf switches give only the product ID: "cisco N9K-C93180LC-EX ("supervisor")".
    private static final Pattern PRODUCT_ID = Pattern.compile("^\\s*cisco\\s+(?:N\\d+K-)?([A-Z0-9][\\w-]*)\\s+\\(");
    /** Innermost only: {@code \\([^)]*\\)} started again at each of a line of {@code (} scans to its end each time. */
    private static final Pattern PARENTHESISED = Pattern.compile("\\([^()]*+\\)");
    private static final Pattern SERIAL = Pattern.compile("^\\s*Processor Board ID\\s+(\\S+)");
    private static final Pattern HOSTNAME = Pattern.compile("^\\s*Device name:\\s+(\\S+)");
    private static final Pattern UPTIME = Pattern.compile("^\\s*Kernel uptime is\\s+(.+)$");

    @Override
    public String platform() {
        return "cisco_nxos";
    }

    @Override
    public String command() {
        return "show version";
    }

    @Override
    public ParsedVersion parse(String output) throws OutputParseException {
        List<String> lines = OutputText.lines(output);
        String version = OutputText.firstGroup(List.of(NXOS_VERSION, SYSTEM_VERSION), lines);
        if (version == null) {
            throw new OutputParseException("no 'NXOS: version' or 'system: version' line found");
        }
        return new ParsedVersion(
                version,
                model(lines),
                OutputText.firstGroup(SERIAL, lines),
                OutputText.firstGroup(HOSTNAME, lines),
                OutputText.firstGroup(UPTIME, lines),
                OutputText.firstGroup(IMAGE, lines),
                List.of());
    }

    /**
     * The chassis line names the family then the model ("cisco Nexus9000 C93180YC-FX Chassis"); older boxes give
     * only one word ("cisco Nexus5548 Chassis") or a space ("cisco Nexus 5596 Chassis"). The last word before "Chassis", ignoring slot counts in
     * parentheses, is the model in both.
     */
    private static String model(List<String> lines) {
        String chassis = OutputText.firstGroup(CHASSIS, lines);
        if (chassis == null) {
            return OutputText.firstGroup(PRODUCT_ID, lines);
        }
        String[] words = PARENTHESISED.matcher(chassis).replaceAll(" ").strip().split("\\s+");
        return OutputText.blankToNull(words[words.length - 1]);
    }
}
