package io.driftwatch.parsing;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Huawei ONT (EchoLife optical terminals). {@code display version} prints "main software version = ..." while
 * {@code display inner version} prints "MainVersion : ..."; both name the running (main) bank first, so either
 * output is accepted. Neither output names the model or serial: "hardware version" is a board revision.
 */
public final class HuaweiOntParser implements VersionParser {

    private static final Pattern MAIN_SOFTWARE_VERSION = Pattern
            .compile("^\\s*main\\s+software\\s+version\\s*[=:]\\s*(\\S+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern INNER_MAIN_VERSION = Pattern.compile("^\\s*MainVersion\\s*[=:]\\s*(\\S+)",
            Pattern.CASE_INSENSITIVE);

    @Override
    public String platform() {
        return "huawei_ont";
    }

    @Override
    public String command() {
        return "display version";
    }

    @Override
    public ParsedVersion parse(String output) throws OutputParseException {
        List<String> lines = OutputText.lines(output);
        String version = OutputText.firstGroup(List.of(MAIN_SOFTWARE_VERSION, INNER_MAIN_VERSION), lines);
        if (version == null) {
            throw new OutputParseException("no 'main software version' or 'MainVersion' line found");
        }
        return new ParsedVersion(version, null, null, null, null, null, List.of());
    }
}
