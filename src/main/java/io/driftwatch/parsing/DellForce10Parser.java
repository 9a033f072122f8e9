package io.driftwatch.parsing;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Dell Networking OS9 (formerly Force10 FTOS) {@code show version}. The release is the "Application Software
 * Version"; the "Operating System Version" line is the kernel's. Older releases say "Force10" where newer say "Dell".
 */
public final class DellForce10Parser implements VersionParser {

    // E- and C-series chassis print "Chassis Type" where fixed switches print "System Type".
    private static final LabelledFields FIELDS = LabelledFields.builder()
            .version("Dell Application Software Version", "Force10 Application Software Version")
            .model("System Type", "Chassis Type")
            .build();
    private static final Pattern UPTIME = Pattern.compile("\\bOS\\s+uptime\\s+is\\s+(.+)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern IMAGE = Pattern.compile("^\\s*System\\s+image\\s+file\\s+is\\s+\"([^\"]*)\"",
            Pattern.CASE_INSENSITIVE);

    @Override
    public String platform() {
        return "dell_force10";
    }

    @Override
    public String command() {
        return "show version";
    }

    @Override
    public ParsedVersion parse(String output) throws OutputParseException {
        List<String> lines = OutputText.lines(output);
        LabelledFields.Found found = FIELDS.read(lines);
        String version = OutputText.firstWord(found.version());
        if (version == null) {
            throw new OutputParseException("no 'Application Software Version' line found");
        }
        return new ParsedVersion(
                version,
                OutputText.firstWord(found.model()),
                null,
                null,
                OutputText.firstValue(UPTIME, lines),
                OutputText.firstValue(IMAGE, lines),
                List.of());
    }
}
