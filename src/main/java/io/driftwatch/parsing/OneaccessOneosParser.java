package io.driftwatch.parsing;

import java.util.List;
import java.util.regex.Pattern;

/**
 * OneAccess (Ekinops) OneOS {@code show system status}. The version is the full "Software version" build name,
 * e.g. "OneOS-pCPE-ARM_pi1-6.6.1m3", as in the shared corpus (upstream's own "version" field keeps only the OneOS
 * major number). The header "System Information for device &lt;id&gt; S/N &lt;serial&gt;" gives the serial; the
 * device id is left out because it is sometimes the hostname and sometimes the product name.
 */
public final class OneaccessOneosParser implements VersionParser {

    private static final Pattern VERSION = Pattern.compile("^\\s*Software\\s+version\\s*:\\s*(\\S+)");
    private static final Pattern SERIAL = Pattern
            .compile("^\\s*System\\s+Information\\s+for\\s+device\\b.*\\bS/N\\s+(\\S+)");
    private static final Pattern UPTIME = Pattern.compile("^\\s*Sys\\s+Up\\s+time\\s*:\\s*(.+)$");

    @Override
    public String platform() {
        return "oneaccess_oneos";
    }

    @Override
    public String command() {
        return "show system status";
    }

    @Override
    public ParsedVersion parse(String output) throws OutputParseException {
        List<String> lines = OutputText.lines(output);
        String version = OutputText.firstGroup(VERSION, lines);
        if (version == null) {
            throw new OutputParseException("no 'Software version' line found");
        }
        return new ParsedVersion(version, null, OutputText.firstGroup(SERIAL, lines), null,
                OutputText.firstGroup(UPTIME, lines), null, List.of());
    }
}
