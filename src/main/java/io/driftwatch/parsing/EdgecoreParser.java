package io.driftwatch.parsing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Edgecore (Accton) {@code show version}: a "Unit n" block per stack unit with its serial and hardware revision, then
 * an "Agent (Master)" block whose "Operation Code Version" is the running software. The output names no model.
 */
public final class EdgecoreParser implements VersionParser {

    private static final Pattern UNIT = Pattern.compile("^\\s*Unit\\s+\\d+\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern AGENT = Pattern.compile("^\\s*Agent\\b", Pattern.CASE_INSENSITIVE);
    private static final LabelledFields FIELDS = LabelledFields.builder()
            .version("Operation Code Version")
            .serial("Serial Number")
            .build();

    @Override
    public String platform() {
        return "edgecore";
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
            throw new OutputParseException("no 'Operation Code Version' line found");
        }
        List<ParsedVersion.Member> members = members(lines);
        String serial = members.isEmpty() ? OutputText.firstWord(found.serial()) : members.get(0).serial();
        return new ParsedVersion(version, null, serial, null, null, null, members);
    }

    /** One member per "Unit n" block, which ends at the next unit or at the "Agent (Master)" block. */
    private static List<ParsedVersion.Member> members(List<String> lines) {
        List<ParsedVersion.Member> members = new ArrayList<>();
        for (List<String> block : OutputText.blocks(lines, UNIT, AGENT)) {
            String serial = FIELDS.read(LabelledFields.Field.SERIAL, block);
            members.add(new ParsedVersion.Member(null, OutputText.firstWord(serial)));
        }
        return members;
    }
}
