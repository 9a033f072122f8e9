package io.driftwatch.parsing;

import java.util.List;

/**
 * Aruba AOS-CX {@code show system}: one "Key : value" pair per line. The version comes from the "ArubaOS-CX Version"
 * line rather than "System Description", which operators may overwrite.
 */
public final class ArubaAoscxParser implements VersionParser {

    private static final LabelledFields FIELDS = LabelledFields.builder()
            .version("ArubaOS-CX Version")
            .model("Product Name")
            .serial("Chassis Serial Nbr")
            .hostname("Hostname")
            .uptime("Up Time")
            .build();

    @Override
    public String platform() {
        return "aruba_aoscx";
    }

    @Override
    public String command() {
        return "show system";
    }

    @Override
    public ParsedVersion parse(String output) throws OutputParseException {
        LabelledFields.Found found = FIELDS.read(OutputText.lines(output));
        String version = OutputText.firstWord(found.version());
        if (version == null) {
            throw new OutputParseException("no 'ArubaOS-CX Version' line found");
        }
        return new ParsedVersion(
                version,
                found.model(),
                OutputText.firstWord(found.serial()),
                OutputText.firstWord(found.hostname()),
                found.uptime(),
                null,
                List.of());
    }
}
