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

    private static final LabelledFields FIELDS = LabelledFields.builder()
            .version("Software revision")
            .hostname("System Name")
            .uptime("Up Time")
            .build();
    // The serial sits in the right-hand column beside the ROM version, or on a line of its own in a VSF member block.
    private static final Pattern SERIAL = Pattern.compile("\\bSerial\\s+Number\\s*:\\s*(\\S+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern COLUMN_GAP = Pattern.compile("\\s{2,}");

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
        LabelledFields.Found found = FIELDS.read(lines);
        String version = leftColumn(found.version());
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
            if (serial.find() && OutputText.present(serial.group(1)) != null) {
                members.add(new ParsedVersion.Member(null, serial.group(1)));
            }
        }
        return new ParsedVersion(
                version,
                null,
                members.isEmpty() ? null : members.get(0).serial(),
                leftColumn(found.hostname()),
                leftColumn(found.uptime()),
                null,
                members);
    }

    /** The value up to where the right-hand column starts, or null when that is absent. */
    private static String leftColumn(String value) {
        return value == null ? null : OutputText.present(COLUMN_GAP.split(value, 2)[0]);
    }
}
