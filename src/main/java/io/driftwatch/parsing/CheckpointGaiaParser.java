package io.driftwatch.parsing;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Check Point Gaia {@code show version all} (clish): "Product version Check Point Gaia R81.20", then the OS build,
 * kernel and edition. The output names no host or hardware.
 */
public final class CheckpointGaiaParser implements VersionParser {

    // The "R81.20" release token wherever it sits (Gaia Embedded adds a word before it); else the line's last word.
    private static final List<Pattern> VERSIONS = List.of(
            Pattern.compile("(?i)^\\s*Product\\s+version\\s+.*?\\b(R\\d+(?:\\.\\d+)*)\\b"),
            Pattern.compile("(?i)^\\s*Product\\s+version\\s+(?:.*\\s)?(\\S+)$"));

    @Override
    public String platform() {
        return "checkpoint_gaia";
    }

    @Override
    public String command() {
        return "show version all";
    }

    @Override
    public ParsedVersion parse(String output) throws OutputParseException {
        String version = OutputText.firstValue(VERSIONS, OutputText.lines(output));
        if (version == null) {
            throw new OutputParseException("no 'Product version' line found");
        }
        return new ParsedVersion(version, null, null, null, null, null, List.of());
    }
}
