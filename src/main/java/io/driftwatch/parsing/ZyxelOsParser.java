package io.driftwatch.parsing;

import java.util.List;

/**
 * Zyxel CPE (VMG, EMG, DX) {@code sys atsh}. The manufacturing-data table is often preceded by debug and flash-read
 * chatter from the shell, so lines are matched by label wherever they appear.
 */
public final class ZyxelOsParser implements VersionParser {

    private static final LabelledFields FIELDS = LabelledFields.builder()
            .version("Firmware Version")
            .model("Product Model")
            .serial("Serial Number")
            .build();

    @Override
    public String platform() {
        return "zyxel_os";
    }

    @Override
    public String command() {
        return "sys atsh";
    }

    @Override
    public ParsedVersion parse(String output) throws OutputParseException {
        LabelledFields.Found found = FIELDS.read(OutputText.lines(output));
        String version = OutputText.firstWord(found.version());
        if (version == null) {
            throw new OutputParseException("no 'Firmware Version' line found");
        }
        return new ParsedVersion(version, OutputText.firstWord(found.model()), OutputText.firstWord(found.serial()),
                null, null, null, List.of());
    }
}
