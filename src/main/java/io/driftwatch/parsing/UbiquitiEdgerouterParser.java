package io.driftwatch.parsing;

import java.util.List;

/**
 * Ubiquiti EdgeOS {@code show version}: padded "Label: value" lines. "Uptime" is the output of the Unix
 * {@code uptime} command, clock and load averages included, kept whole as printed.
 */
public final class UbiquitiEdgerouterParser implements VersionParser {

    private static final LabelledFields FIELDS = LabelledFields.builder()
            .version("Version")
            .model("HW model")
            .serial("HW S/N")
            .uptime("Uptime")
            .build();

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
        LabelledFields.Found found = FIELDS.read(lines);
        if (found.version() == null) {
            throw new OutputParseException("no 'Version:' line found");
        }
        return found.toParsedVersion(List.of());
    }
}
