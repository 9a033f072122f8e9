package io.driftwatch.parsing;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Huawei SmartAX OLTs (MA5600T, MA5608T, MA5800) {@code display version}. The header gives the version, patch and
 * product once for the chassis; the per-mainboard sections that follow (active, then standby) only describe program
 * and data areas, without a board model or serial, so the chassis is reported as one unit without members.
 */
public final class HuaweiSmartaxParser implements VersionParser {

    private static final Pattern VERSION = Pattern.compile("^\\s*VERSION\\s*:\\s*(\\S+)");
    private static final Pattern PRODUCT = Pattern.compile("^\\s*PRODUCT\\s*:\\s*(\\S+)");
    private static final Pattern UPTIME = Pattern.compile("^\\s*Uptime\\s+is\\s+(.+)$", Pattern.CASE_INSENSITIVE);

    @Override
    public String platform() {
        return "huawei_smartax";
    }

    @Override
    public String command() {
        return "display version";
    }

    @Override
    public ParsedVersion parse(String output) throws OutputParseException {
        List<String> lines = OutputText.lines(output);
        String version = OutputText.firstGroup(VERSION, lines);
        if (version == null) {
            throw new OutputParseException("no 'VERSION :' line found");
        }
        return new ParsedVersion(version, OutputText.firstGroup(PRODUCT, lines), null, null,
                OutputText.firstGroup(UPTIME, lines), null, List.of());
    }
}
