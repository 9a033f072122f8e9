package io.driftwatch.parsing;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Arista EOS {@code show version}. The output opens with "Arista &lt;model&gt;" and never names the host or the
 * boot image; modular chassis are described as one unit, so there are no members.
 */
public final class AristaEosParser implements VersionParser {

    private static final LabelledFields FIELDS = LabelledFields.builder()
            .version("Software image version")
            .serial("Serial number")
            .uptime("Uptime")
            .build();
    private static final Pattern MODEL = Pattern.compile("^\\s*Arista\\s+(\\S+)", Pattern.CASE_INSENSITIVE);

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
        LabelledFields.Found found = FIELDS.read(lines);
        // First word only: engineering builds append "(engineering build)".
        String version = OutputText.firstWord(found.version());
        if (version == null) {
            throw new OutputParseException("no 'Software image version' line found");
        }
        return new ParsedVersion(
                version,
                OutputText.firstValue(MODEL, lines),
                OutputText.firstWord(found.serial()),
                null,
                found.uptime(),
                null,
                List.of());
    }
}
