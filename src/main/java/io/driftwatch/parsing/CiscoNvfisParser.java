package io.driftwatch.parsing;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Cisco NFVIS {@code show version}; the platform is spelled {@code cisco_nvfis} as in ntc-templates. A banner, then
 * "Version 4.9.1-FC3" (some releases add a colon), the build date and the last reboot. It names neither the host nor
 * the hardware.
 */
public final class CiscoNvfisParser implements VersionParser {

    private static final Pattern VERSION = Pattern.compile("^\\s*Version\\s*:?\\s+(\\S+)", Pattern.CASE_INSENSITIVE);

    @Override
    public String platform() {
        return "cisco_nvfis";
    }

    @Override
    public String command() {
        return "show version";
    }

    @Override
    public ParsedVersion parse(String output) throws OutputParseException {
        String version = OutputText.firstValue(VERSION, OutputText.lines(output));
        if (version == null) {
            throw new OutputParseException("no 'Version' line found");
        }
        return new ParsedVersion(version, null, null, null, null, null, List.of());
    }
}
