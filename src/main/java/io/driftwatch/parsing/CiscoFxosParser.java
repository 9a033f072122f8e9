package io.driftwatch.parsing;

import java.util.List;

/**
 * Cisco FXOS {@code show system firmware}: the running "Version:" and the "Startup-Vers:" that the next boot will
 * load. The command names neither the chassis nor the host, so only the version is read.
 */
public final class CiscoFxosParser implements VersionParser {

    // "Startup-Vers:" is the release the next boot runs, never the running one.
    private static final LabelledFields FIELDS = LabelledFields.builder().version("Version").build();

    @Override
    public String platform() {
        return "cisco_fxos";
    }

    @Override
    public String command() {
        return "show system firmware";
    }

    @Override
    public ParsedVersion parse(String output) throws OutputParseException {
        String version = OutputText.firstWord(FIELDS.read(LabelledFields.Field.VERSION, OutputText.lines(output)));
        if (version == null) {
            throw new OutputParseException("no 'Version:' line found");
        }
        return new ParsedVersion(version, null, null, null, null, null, List.of());
    }
}
