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
    private static final Pattern NXOS_VERSION = Pattern.compile("^\\s*NXOS:\\s*version\\s+(.+)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SYSTEM_VERSION = Pattern.compile("^\\s*system:\\s*version\\s+(.+)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern IMAGE = Pattern.compile(
            "^\\s*(?:NXOS|kickstart|system)\\s+image\\s+file\\s+is:\\s+(\\S+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CHASSIS = Pattern.compile("^\\s*cisco\\s+(.+?)\\s+chassis\\b",
            Pattern.CASE_INSENSITIVE);
    // "cisco Nexus9000 C9504 (8 Slot) supervisor"-like lines that name the family and model without "Chassis".
    private static final Pattern FAMILY_MODEL = Pattern.compile("^\\s*cisco\\s+Nexus\\d+\\s+([A-Z0-9][\\w-]*)",
            Pattern.CASE_INSENSITIVE);
    // ACI leaf switches give only the product ID: "cisco N9K-C93180LC-EX ("supervisor")".
    private static final Pattern PRODUCT_ID = Pattern.compile("^\\s*cisco\\s+(?:N\\d+K-)?([A-Z0-9][\\w-]*)\\s+\\(");
    /** Innermost only: {@code \\([^)]*\\)} started again at each of a line of {@code (} scans to its end each time. */
    private static final Pattern PARENTHESISED = Pattern.compile("\\([^()]*+\\)");
    private static final Pattern SERIAL = Pattern.compile("^\\s*Processor\\s+Board\\s+ID\\s+(\\S+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HOSTNAME = Pattern.compile("^\\s*Device\\s+name\\s*:\\s*(\\S+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern UPTIME = Pattern.compile("^\\s*Kernel\\s+uptime\\s+is\\s+(.+)$",
            Pattern.CASE_INSENSITIVE);

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
        String version = OutputText.firstValue(List.of(NXOS_VERSION, SYSTEM_VERSION), lines);
        if (version == null) {
            throw new OutputParseException("no 'NXOS: version' or 'system: version' line found");
        }
        return new ParsedVersion(
                version,
                model(lines),
                OutputText.firstValue(SERIAL, lines),
                OutputText.firstValue(HOSTNAME, lines),
                OutputText.firstValue(UPTIME, lines),
                OutputText.firstValue(IMAGE, lines),
                List.of());
    }

    /**
     * The chassis line names the family then the model ("cisco Nexus9000 C93180YC-FX Chassis"); older boxes give
     * only one word ("cisco Nexus5548 Chassis") or a space ("cisco Nexus 5596 Chassis"). The last word before "Chassis", ignoring slot counts in
     * parentheses, is the model in both.
     */
    private static String model(List<String> lines) {
        String chassis = OutputText.firstValue(CHASSIS, lines);
        if (chassis == null) {
            return OutputText.firstValue(List.of(FAMILY_MODEL, PRODUCT_ID), lines);
        }
        String[] words = PARENTHESISED.matcher(chassis).replaceAll(" ").strip().split("\\s+");
        return OutputText.present(words[words.length - 1]);
    }
}
