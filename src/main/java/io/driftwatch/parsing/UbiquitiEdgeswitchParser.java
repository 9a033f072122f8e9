package io.driftwatch.parsing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Ubiquiti EdgeSwitch {@code show version}. Labels are padded with dots ("Serial Number........ 18E8..."), and a
 * stack prints one "Switch: N" block per unit, each with its own machine model and serial.
 */
public final class UbiquitiEdgeswitchParser implements VersionParser {

    // EdgeSwitch runs Broadcom's FASTPATH: the same labels and "Switch: N" blocks as ICOS. "Machine Type" is the
    // marketing name ("EdgeSwitch 48 500W"); "Machine Model" is the model ("ES-48-500W").
    private static final Pattern SWITCH = BroadcomIcosParser.SWITCH;
    private static final LabelledFields FIELDS = BroadcomIcosParser.FIELDS;

    @Override
    public String platform() {
        return "ubiquiti_edgeswitch";
    }

    @Override
    public String command() {
        return "show version";
    }

    @Override
    public ParsedVersion parse(String output) throws OutputParseException {
        List<String> lines = OutputText.lines(output);
        LabelledFields.Found found = FIELDS.read(lines);
        String version = OutputText.firstWord(found.version());
        if (version == null) {
            throw new OutputParseException("no 'Software Version' line found");
        }
        return new ParsedVersion(version, found.model(), OutputText.firstWord(found.serial()), null, null, null,
                members(lines));
    }

    /** One member per "Switch: N" block; a lone switch without the header is not a stack. */
    private static List<ParsedVersion.Member> members(List<String> lines) {
        List<ParsedVersion.Member> members = new ArrayList<>();
        for (List<String> block : OutputText.blocks(lines, SWITCH, null)) {
            LabelledFields.Found unit = FIELDS.read(block);
            members.add(new ParsedVersion.Member(unit.model(), OutputText.firstWord(unit.serial())));
        }
        return members;
    }
}
