package io.driftwatch.parsing;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Avaya (now Extreme) VSP / VOSS {@code show software}: the releases stored on the switch, one per line, with the one
 * it boots marked "(Primary Release)", which outside an upgrade is the running one. The whole release name
 * ("VOSS8K.6.0.1.2.GA") is kept, as upstream does: it names the hardware family as well as the version.
 */
public final class AvayaVspParser implements VersionParser {

    private static final Pattern PRIMARY_RELEASE = Pattern.compile("^\\s*(\\S+)\\s+\\(Primary\\s+Release\\)",
            Pattern.CASE_INSENSITIVE);

    @Override
    public String platform() {
        return "avaya_vsp";
    }

    @Override
    public String command() {
        return "show software";
    }

    @Override
    public ParsedVersion parse(String output) throws OutputParseException {
        String version = OutputText.firstValue(PRIMARY_RELEASE, OutputText.lines(output));
        if (version == null) {
            throw new OutputParseException("no '(Primary Release)' line found");
        }
        return new ParsedVersion(version, null, null, null, null, null, List.of());
    }
}
