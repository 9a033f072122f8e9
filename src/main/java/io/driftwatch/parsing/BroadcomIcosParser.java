package io.driftwatch.parsing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Broadcom ICOS (FASTPATH-based white-box switches) {@code show version}: one "Switch: n" block per stack unit, each
 * line a key padded with dots to the value ("Software Version.......... 3.2.2.42").
 */
public final class BroadcomIcosParser implements VersionParser {

    private static final Pattern SWITCH = Pattern.compile("^\\s*Switch:\\s*\\d+");
    private static final Pattern SOFTWARE_VERSION = dotted("Software Version");
    // Upstream reports "Machine Model" (the Broadcom board, "BCM-56643") rather than "Machine Type" (the vendor
    // product, "Accton AS4610-54P"), and that is what the measured expectations hold.
    private static final Pattern MACHINE_MODEL = dotted("Machine Model");
    private static final Pattern SERIAL = dotted("Serial Number");

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
        String version = OutputText.firstGroup(SOFTWARE_VERSION, lines);
        if (version == null) {
            throw new OutputParseException("no 'Software Version....' line found");
        }
        List<ParsedVersion.Member> members = members(lines);
        ParsedVersion.Member first = members.isEmpty() ? null : members.get(0);
        String model = first == null ? null : first.model();
        String serial = first == null ? null : first.serial();
        return new ParsedVersion(
                version,
                OutputText.firstNonNull(model, OutputText.firstGroup(MACHINE_MODEL, lines)),
                OutputText.firstNonNull(serial, OutputText.firstGroup(SERIAL, lines)),
                null,
                null,
                null,
                members);
    }

    /** One member per "Switch: n" block. */
    private static List<ParsedVersion.Member> members(List<String> lines) {
        List<ParsedVersion.Member> members = new ArrayList<>();
        String model = null;
        String serial = null;
        boolean inUnit = false;
        for (String line : lines) {
            if (SWITCH.matcher(line).find()) {
                if (inUnit) {
                    members.add(new ParsedVersion.Member(model, serial));
                }
                inUnit = true;
                model = null;
                serial = null;
                continue;
            }
            Matcher modelMatcher = MACHINE_MODEL.matcher(line);
            if (modelMatcher.find()) {
                model = OutputText.blankToNull(modelMatcher.group(1));
            }
            Matcher serialMatcher = SERIAL.matcher(line);
            if (serialMatcher.find()) {
                serial = OutputText.blankToNull(serialMatcher.group(1));
            }
        }
        if (inUnit) {
            members.add(new ParsedVersion.Member(model, serial));
        }
        return members;
    }

    private static Pattern dotted(String key) {
        return Pattern.compile("^\\s*" + Pattern.quote(key) + "\\.{2,}\\s*(\\S.*)$");
    }
}
