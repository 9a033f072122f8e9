package io.driftwatch.parsing;

import java.util.List;

/**
 * PAN-OS {@code show system info}: one "key: value" line per fact. Content versions (app-version, av-version,
 * threat-version...) sit beside the OS's "sw-version", so labels are matched whole.
 */
public final class PaloAltoPanosParser implements VersionParser {

    private static final LabelledFields FIELDS = LabelledFields.builder()
            .version("sw-version")
            .model("model")
            .serial("serial")
            .hostname("hostname")
            .uptime("uptime")
            .build();

    @Override
    public String platform() {
        return "paloalto_panos";
    }

    @Override
    public String command() {
        return "show system info";
    }

    @Override
    public ParsedVersion parse(String output) throws OutputParseException {
        LabelledFields.Found found = FIELDS.read(OutputText.lines(output));
        String version = OutputText.firstWord(found.version());
        if (version == null) {
            throw new OutputParseException("no 'sw-version:' line found");
        }
        // Unlicensed VM-Series report the serial as "unknown": a placeholder, so absent.
        return new ParsedVersion(
                version,
                OutputText.firstWord(found.model()),
                OutputText.firstWord(found.serial()),
                OutputText.firstWord(found.hostname()),
                found.uptime(),
                null,
                List.of());
    }
}
