package io.driftwatch.parsing;

import java.util.List;
import java.util.regex.Pattern;

/**
 * PAN-OS {@code show system info}: one "key: value" line per fact. Content versions (app-version, av-version,
 * threat-version...) sit beside the OS's "sw-version", so labels are matched whole.
 */
public final class PaloAltoPanosParser implements VersionParser {

    private static final Pattern VERSION = OutputText.labelled("sw-version");
    private static final Pattern MODEL = OutputText.labelled("model");
    private static final Pattern SERIAL = OutputText.labelled("serial");
    private static final Pattern HOSTNAME = OutputText.labelled("hostname");
    private static final Pattern UPTIME = OutputText.labelled("uptime");

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
        List<String> lines = OutputText.lines(output);
        String version = OutputText.firstGroup(VERSION, lines);
        if (version == null) {
            throw new OutputParseException("no 'sw-version:' line found");
        }
        // Unlicensed VM-Series report the serial as "unknown"; it is kept as printed.
        return new ParsedVersion(
                version,
                OutputText.firstGroup(MODEL, lines),
                OutputText.firstGroup(SERIAL, lines),
                OutputText.firstGroup(HOSTNAME, lines),
                OutputText.firstGroup(UPTIME, lines),
                null,
                List.of());
    }
}
