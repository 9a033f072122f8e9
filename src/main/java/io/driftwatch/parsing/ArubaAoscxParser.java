package io.driftwatch.parsing;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Aruba AOS-CX {@code show system}: one "Key : value" pair per line. The version comes from the "ArubaOS-CX Version"
 * line rather than "System Description", which operators may overwrite.
 */
public final class ArubaAoscxParser implements VersionParser {

    private static final Pattern VERSION = Pattern.compile("^\\s*ArubaOS-CX Version\\s*:\\s*(\\S+)");
    private static final Pattern HOSTNAME = Pattern.compile("^\\s*Hostname\\s*:\\s*(\\S+)");
    private static final Pattern PRODUCT_NAME = Pattern.compile("^\\s*Product Name\\s*:\\s*(.+)$");
    private static final Pattern SERIAL = Pattern.compile("^\\s*Chassis Serial Nbr\\s*:\\s*(\\S+)");
    private static final Pattern UPTIME = Pattern.compile("^\\s*Up Time\\s*:\\s*(.+)$");

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
        List<String> lines = OutputText.lines(output);
        String version = OutputText.firstGroup(VERSION, lines);
        if (version == null) {
            throw new OutputParseException("no 'ArubaOS-CX Version' line found");
        }
        return new ParsedVersion(
                version,
                OutputText.firstGroup(PRODUCT_NAME, lines),
                OutputText.firstGroup(SERIAL, lines),
                OutputText.firstGroup(HOSTNAME, lines),
                OutputText.firstGroup(UPTIME, lines),
                null,
                List.of());
    }
}
