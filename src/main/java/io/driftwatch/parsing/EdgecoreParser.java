package io.driftwatch.parsing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Edgecore (Accton) {@code show version}: a "Unit n" block per stack unit with its serial and hardware revision, then
 * an "Agent (Master)" block whose "Operation Code Version" is the running software. The output names no model.
 */
public final class EdgecoreParser implements VersionParser {

    private static final Pattern OPERATION_CODE = Pattern.compile("^\\s*Operation Code Version:\\s*(\\S+)");
    private static final Pattern UNIT = Pattern.compile("^\\s*Unit\\s+\\d+\\s*$");
    private static final Pattern SERIAL = Pattern.compile("^\\s*Serial Number:\\s*(\\S+)");

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
        String version = OutputText.firstGroup(OPERATION_CODE, lines);
        if (version == null) {
            throw new OutputParseException("no 'Operation Code Version' line found");
        }
        List<ParsedVersion.Member> members = new ArrayList<>();
        boolean inUnit = false;
        for (String line : lines) {
            if (UNIT.matcher(line).matches()) {
                inUnit = true;
                continue;
            }
            Matcher serial = SERIAL.matcher(line);
            if (inUnit && serial.find()) {
                members.add(new ParsedVersion.Member(null, serial.group(1)));
                inUnit = false;
            }
        }
        String serial = members.isEmpty() ? OutputText.firstGroup(SERIAL, lines) : members.get(0).serial();
        return new ParsedVersion(version, null, serial, null, null, null, members);
    }
}
