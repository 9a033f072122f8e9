package io.driftwatch.parsing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HP ProCurve / ArubaOS-Switch {@code show system}. The page is laid out in two columns ("Software revision  :
 * K.15.06.0017         Base MAC Addr      : ..."), so a value ends at the first run of two or more spaces. VSF and
 * backplane stacks repeat a per-member block ("VSF-Member :1") holding that member's serial number and uptime.
 * {@code show version} output, which on these switches and on Aruba access points has the ArubaOS shapes, is handed
 * to {@link ArubaOsParser}.
 */
public final class HpProcurveParser implements VersionParser {

    // Group 1 stops where the right-hand column starts.
    private static final Pattern SOFTWARE_REVISION = leftColumn("Software revision");
    private static final Pattern SYSTEM_NAME = leftColumn("System Name");
    private static final Pattern UP_TIME = leftColumn("Up Time");
    private static final Pattern SERIAL = Pattern.compile("\\bSerial Number\\s*:\\s*(\\S+)");

    private final ArubaOsParser showVersion = new ArubaOsParser();

    @Override
    public String platform() {
        return "hp_procurve";
    }

    @Override
    public String command() {
        return "show system";
    }

    @Override
    public ParsedVersion parse(String output) throws OutputParseException {
        List<String> lines = OutputText.lines(output);
        String version = OutputText.firstGroup(SOFTWARE_REVISION, lines);
        if (version == null) {
            try {
                return showVersion.parse(output);
            } catch (OutputParseException e) {
                throw new OutputParseException("no 'Software revision' line or ArubaOS 'Image stamp' block found");
            }
        }
        List<ParsedVersion.Member> members = new ArrayList<>();
        for (String line : lines) {
            Matcher serial = SERIAL.matcher(line);
            if (serial.find()) {
                members.add(new ParsedVersion.Member(null, serial.group(1)));
            }
        }
        return new ParsedVersion(
                version,
                null,
                members.isEmpty() ? null : members.get(0).serial(),
                OutputText.firstGroup(SYSTEM_NAME, lines),
                OutputText.firstGroup(UP_TIME, lines),
                null,
                members);
    }

    private static Pattern leftColumn(String key) {
        return Pattern.compile("^\\s*" + Pattern.quote(key) + "\\s*:\\s*(\\S+(?: \\S+)*)");
    }
}
