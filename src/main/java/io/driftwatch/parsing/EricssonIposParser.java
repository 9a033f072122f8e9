package io.driftwatch.parsing;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Ericsson IPOS (Router 6000 series) {@code show version}. The release is the numeric part of the
 * "IPOS-v20.3.1.803.142-Release" build name; the output names neither the chassis nor its serial.
 */
public final class EricssonIposParser implements VersionParser {

    // Everything between "IPOS-v" and "-Release", as in the template: builds may carry dashes of their own.
    private static final Pattern VERSION = Pattern.compile(
            "^\\s*Ericsson\\s+IPOS\\s+Version\\s+IPOS-v?(\\d\\S*?)(?:-Release)?(?:\\s|$)", Pattern.CASE_INSENSITIVE);
    // "Router Up Time - ..."; the template accepts any words before "Up Time".
    private static final Pattern UPTIME = Pattern.compile("\\bUp\\s+Time\\s*-\\s*(.+)$", Pattern.CASE_INSENSITIVE);

    @Override
    public String platform() {
        return "ericsson_ipos";
    }

    @Override
    public String command() {
        return "show version";
    }

    @Override
    public ParsedVersion parse(String output) throws OutputParseException {
        List<String> lines = OutputText.lines(output);
        String version = OutputText.firstValue(VERSION, lines);
        if (version == null) {
            throw new OutputParseException("no 'Ericsson IPOS Version' line found");
        }
        return new ParsedVersion(version, null, null, null, OutputText.firstValue(UPTIME, lines), null, List.of());
    }
}
