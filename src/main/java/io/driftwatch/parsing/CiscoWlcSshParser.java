package io.driftwatch.parsing;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Cisco AireOS wireless LAN controller {@code show sysinfo}: one "Label...... value" line per fact, the dots
 * padding every label to the same column. The version command {@code show version} does not exist on AireOS.
 */
public final class CiscoWlcSshParser implements VersionParser {

    private static final Pattern VERSION = dotted("Product Version");
    private static final Pattern HOSTNAME = dotted("System Name");
    private static final Pattern UPTIME = dotted("System Up Time");

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
        List<String> lines = OutputText.lines(output);
        String version = OutputText.firstGroup(VERSION, lines);
        if (version == null) {
            throw new OutputParseException("no 'Product Version' line found");
        }
        // "Product Name" reads "Cisco Controller" on every model, so it is no model; sysinfo shows no serial.
        return new ParsedVersion(
                version,
                null,
                null,
                OutputText.firstGroup(HOSTNAME, lines),
                OutputText.firstGroup(UPTIME, lines),
                null,
                List.of());
    }

    private static Pattern dotted(String label) {
        return Pattern.compile("^\\s*" + Pattern.quote(label) + "\\.+\\s*(.*)$");
    }
}
