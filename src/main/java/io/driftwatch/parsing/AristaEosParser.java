package io.driftwatch.parsing;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Arista EOS {@code show version}. The output opens with "Arista &lt;model&gt;" and never names the host or the
 * boot image; modular chassis are described as one unit, so there are no members.
 */
public final class AristaEosParser implements VersionParser {

    // First word only: engineering builds append "(engineering build)".
    private static final Pattern VERSION = Pattern.compile("^\\s*Software image version:\\s*(\\S+)");
    private static final Pattern MODEL = Pattern.compile("^\\s*Arista\\s+(\\S+)");
    private static final Pattern SERIAL = Pattern.compile("^\\s*Serial number:\\s*(\\S+)");
    private static final Pattern UPTIME = Pattern.compile("^\\s*Uptime:\\s*(.+)$");

    @Override
    public String platform() {
        return "arista_eos";
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
            throw new OutputParseException("no 'Software image version' line found");
        }
        return new ParsedVersion(
                version,
                OutputText.firstGroup(MODEL, lines),
                OutputText.firstGroup(SERIAL, lines),
                null,
                OutputText.firstGroup(UPTIME, lines),
                null,
                List.of());
    }
}
