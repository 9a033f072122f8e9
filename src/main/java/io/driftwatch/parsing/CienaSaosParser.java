package io.driftwatch.parsing;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Ciena SAOS {@code software show}. Values sit in a box drawn with "|" and "+---+"; the running package (e.g.
 * "saos-06-18-00-1848") is the version, and the running flash bank is the image, since SAOS boots from bank A or B
 * rather than from a named file. The command does not show the model or serial.
 */
public final class CienaSaosParser implements VersionParser {

    private static final Pattern RUNNING_PACKAGE = Pattern.compile("^[|\\s]*Running\\s+Package\\s*:\\s*([^\\s|]+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern RUNNING_BANK = Pattern.compile("^[|\\s]*Running\\s+bank\\s*:\\s*([^\\s|]+)",
            Pattern.CASE_INSENSITIVE);

    @Override
    public String platform() {
        return "ciena_saos";
    }

    @Override
    public String command() {
        return "software show";
    }

    @Override
    public ParsedVersion parse(String output) throws OutputParseException {
        List<String> lines = OutputText.lines(output);
        String version = OutputText.firstValue(RUNNING_PACKAGE, lines);
        if (version == null) {
            throw new OutputParseException("no 'Running Package' line found");
        }
        return new ParsedVersion(version, null, null, null, null, OutputText.firstValue(RUNNING_BANK, lines),
                List.of());
    }
}
