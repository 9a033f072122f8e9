package io.driftwatch.parsing;

import java.util.List;

/**
 * Huawei ONT (EchoLife optical terminals). {@code display version} prints "main software version = ..." while
 * {@code display inner version} prints "MainVersion : ..."; both name the running (main) bank first, so either
 * output is accepted. Neither output names the model or serial: "hardware version" is a board revision.
 */
public final class HuaweiOntParser implements VersionParser {

    private static final LabelledFields FIELDS = LabelledFields.builder()
            .version("main software version", "MainVersion")
            .build();

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
        String version = OutputText.firstWord(FIELDS.read(LabelledFields.Field.VERSION, OutputText.lines(output)));
        if (version == null) {
            throw new OutputParseException("no 'main software version' or 'MainVersion' line found");
        }
        return new ParsedVersion(version, null, null, null, null, null, List.of());
    }
}
