package io.driftwatch.parsing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Broadcom ICOS (FASTPATH-based white-box switches) {@code show version}: one "Switch: n" block per stack unit, each
 * line a key padded with dots to the value ("Software Version.......... 3.2.2.42").
 */
public final class BroadcomIcosParser implements VersionParser {

    static final Pattern SWITCH = Pattern.compile("^\\s*Switch\\s*:\\s*\\d+\\s*$", Pattern.CASE_INSENSITIVE);
    // Upstream reports "Machine Model" (the Broadcom board, "BCM-56643") rather than "Machine Type" (the vendor
    // product, "Accton AS4610-54P"), and that is what the measured expectations hold.
    static final LabelledFields FIELDS = LabelledFields.builder()
            .version("Software Version")
            .model("Machine Model")
            .serial("Serial Number")
            .build();

    @Override
    public String platform() {
        return "broadcom_icos";
    }

    @Override
    public String command() {
        return "show version";
    }

    @Override
    public ParsedVersion parse(String output) throws OutputParseException {
        List<String> lines = OutputText.lines(output);
        LabelledFields.Found found = FIELDS.read(lines);
        if (found.version() == null) {
            throw new OutputParseException("no 'Software Version....' line found");
        }
        List<ParsedVersion.Member> members = members(lines);
        ParsedVersion.Member first = members.isEmpty() ? null : members.get(0);
        String model = first == null ? null : first.model();
        String serial = first == null ? null : first.serial();
        return new ParsedVersion(
                found.version(),
                OutputText.firstNonNull(model, found.model()),
                OutputText.firstNonNull(serial, found.serial()),
                null,
                null,
                null,
                members);
    }

    /** One member per "Switch: n" block, each read with the same labels as the whole output. */
    private static List<ParsedVersion.Member> members(List<String> lines) {
        List<ParsedVersion.Member> members = new ArrayList<>();
        for (List<String> block : OutputText.blocks(lines, SWITCH, null)) {
            LabelledFields.Found unit = FIELDS.read(block);
            members.add(new ParsedVersion.Member(unit.model(), unit.serial()));
        }
        return members;
    }
}
