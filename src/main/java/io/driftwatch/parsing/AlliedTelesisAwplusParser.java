package io.driftwatch.parsing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Allied Telesis AlliedWare Plus {@code show system}. Each stack member (or the single switch) has a board table
 * whose "Base" row names the unit's model and serial; the software and the system name follow once for the whole
 * system, the name on the line after its "System Name" heading.
 */
public final class AlliedTelesisAwplusParser implements VersionParser {

    // The release file, e.g. "x530-5.5.3-0.1.rel": upstream reports it as the version, and it is what the measured
    // expectations hold, so it wins over the bare "Software version" line.
    private static final LabelledFields FIELDS = LabelledFields.builder()
            .version("Current software", "Software version")
            .uptime("Uptime")
            .build();
    // Board, ID, Bay, Board Name, Rev, Serial number; the Bay column reads "Base" or is left blank.
    private static final Pattern BASE_BOARD = Pattern
            .compile("^\\s*Base\\s+\\d+\\s+(?:Base\\s+)?(\\S.*?)\\s+(\\S+)\\s+(\\S+)$");
    private static final Pattern SYSTEM_NAME_HEADING = Pattern.compile("^\\s*System\\s+Name\\s*$",
            Pattern.CASE_INSENSITIVE);

    @Override
    public String platform() {
        return "allied_telesis_awplus";
    }

    @Override
    public String command() {
        return "show system";
    }

    @Override
    public ParsedVersion parse(String output) throws OutputParseException {
        List<String> lines = OutputText.lines(output);
        LabelledFields.Found found = FIELDS.read(lines);
        String version = OutputText.firstWord(found.version());
        if (version == null) {
            throw new OutputParseException("no 'Current software' or 'Software version' line found");
        }
        List<ParsedVersion.Member> members = new ArrayList<>();
        for (String line : lines) {
            Matcher board = BASE_BOARD.matcher(line);
            if (board.matches()) {
                members.add(new ParsedVersion.Member(board.group(1), board.group(3)));
            }
        }
        ParsedVersion.Member first = members.isEmpty() ? null : members.get(0);
        return new ParsedVersion(
                version,
                first == null ? null : first.model(),
                first == null ? null : first.serial(),
                systemName(lines),
                found.uptime(),
                null,
                members);
    }

    /** The indented line under the "System Name" heading; an unset name leaves the next heading there instead. */
    private static String systemName(List<String> lines) {
        for (int i = 0; i + 1 < lines.size(); i++) {
            if (SYSTEM_NAME_HEADING.matcher(lines.get(i)).matches()) {
                String next = lines.get(i + 1);
                return next.startsWith(" ") ? OutputText.present(next) : null;
            }
        }
        return null;
    }
}
