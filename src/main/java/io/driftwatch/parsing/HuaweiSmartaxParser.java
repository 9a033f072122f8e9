package io.driftwatch.parsing;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Huawei SmartAX OLTs (MA5600T, MA5608T, MA5800) {@code display version}. The header gives the version, patch and
 * product once for the chassis; the per-mainboard sections that follow (active, then standby) only describe program
 * and data areas, without a board model or serial, so the chassis is reported as one unit without members.
 */
public final class HuaweiSmartaxParser implements VersionParser {

    private static final LabelledFields FIELDS = LabelledFields.builder()
            .version("VERSION")
            .model("PRODUCT")
            .build();
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
        LabelledFields.Found found = FIELDS.read(lines);
        String version = OutputText.firstWord(found.version());
        if (version == null) {
            throw new OutputParseException("no 'VERSION :' line found");
        }
        return new ParsedVersion(version, OutputText.firstWord(found.model()), null, null,
                OutputText.firstValue(UPTIME, lines), null, List.of());
    }
}
