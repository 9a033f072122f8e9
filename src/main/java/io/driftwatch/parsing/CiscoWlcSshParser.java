package io.driftwatch.parsing;

import java.util.List;

/**
 * Cisco AireOS wireless LAN controller {@code show sysinfo}: one "Label...... value" line per fact, the dots
 * padding every label to the same column. The version command {@code show version} does not exist on AireOS.
 */
public final class CiscoWlcSshParser implements VersionParser {

    private static final LabelledFields FIELDS = LabelledFields.builder()
            .version("Product Version")
            .hostname("System Name")
            .uptime("System Up Time")
            .build();

    @Override
    public String platform() {
        return "cisco_wlc_ssh";
    }

    @Override
    public String command() {
        return "show sysinfo";
    }

    @Override
    public ParsedVersion parse(String output) throws OutputParseException {
        LabelledFields.Found found = FIELDS.read(OutputText.lines(output));
        if (found.version() == null) {
            throw new OutputParseException("no 'Product Version' line found");
        }
        // "Product Name" reads "Cisco Controller" on every model, so it is no model; sysinfo shows no serial.
        return new ParsedVersion(found.version(), null, null, found.hostname(), found.uptime(), null, List.of());
    }
}
