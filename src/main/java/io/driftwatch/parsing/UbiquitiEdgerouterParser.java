package io.driftwatch.parsing;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Ubiquiti EdgeOS {@code show version}: padded "Label: value" lines. "Uptime" is the output of the Unix
 * {@code uptime} command, clock and load averages included, kept whole as printed.
 */
public final class UbiquitiEdgerouterParser implements VersionParser {

    private static final Pattern VERSION = OutputText.labelled("Version");
    private static final Pattern MODEL = OutputText.labelled("HW model");
    private static final Pattern SERIAL = OutputText.labelled("HW S/N");
    private static final Pattern UPTIME = OutputText.labelled("Uptime");

    @Override
    public String platform() {
        return "ubiquiti_edgerouter";
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
            throw new OutputParseException("no 'Version:' line found");
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
