package io.driftwatch.parsing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Juniper Junos {@code show version}. Virtual chassis, SRX clusters and dual routing engines print one section per
 * unit, headed "fpc0:", "node1:", "re0:" and so on. Since 15.1 a "Junos:" line carries the release; older releases
 * only list packages ("JUNOS Base OS boot [12.3R12.4]"), so the release is read from the most telling package.
 * Hostname, model and serial are "Label: value" lines read through {@link LabelledFields}.
 */
public final class JuniperJunosParser implements VersionParser {

    // "fpc0:", "node1:", "re0:"; the colon is optional, as in the ntc-templates template.
    private static final Pattern SECTION_HEADER = Pattern
            .compile("^\\s*((?:fpc|node|re|member|lcc|sfc)\\d+(?:-re\\d+)?):?\\s*$", Pattern.CASE_INSENSITIVE);
    private static final LabelledFields FIELDS = LabelledFields.builder()
            .hostname("Hostname")
            .model("Model")
            .serial("Serial Number")
            .build();
    // A release such as 13.3R1.4, 13.2X51-D35.3 or 21.4R3-S3.4. Since 15.1 most packages carry a build stamp
    // ("20201028.e1cef1d_builder_stable_11") instead, which must never be taken for the release.
    private static final String RELEASE = "((?-i:\\d{1,2}\\.\\d+[A-Z])[^\\]\\s]*)";
    private static final List<Pattern> VERSIONS = List.of(
            junos("^\\s*Junos\\s*:\\s*(\\S+)"),
            junos("^\\s*JUNOS\\s+EX\\s*Software\\s+Suite\\s*\\[" + RELEASE + "\\]"),
            junos("^\\s*JUNOS\\s+Software\\s+Release\\s*\\[" + RELEASE + "\\]"),
            junos("^\\s*JUNOS\\s+Base\\s+OS\\s+boot\\s*\\[" + RELEASE + "\\]"),
            junos("^\\s*JUNOS\\s.*Software\\s+Suite\\s*\\[" + RELEASE + "\\]"),
            // "JUNOS for Automation Enhancement" is an add-on with a release of its own; the template skips it.
            junos("^\\s*JUNOS\\s+(?!for\\s).*\\[" + RELEASE + "\\]"));

    @Override
    public String platform() {
        return "juniper_junos";
    }

    @Override
    public String command() {
        return "show version";
    }

    @Override
    public ParsedVersion parse(String output) throws OutputParseException {
        List<String> lines = OutputText.lines(output);
        List<List<String>> sections = sections(lines);
        List<String> first = sections.isEmpty() ? lines : sections.get(0);
        String version = OutputText.firstValue(VERSIONS, first);
        if (version == null) {
            version = OutputText.firstValue(VERSIONS, lines);
        }
        if (version == null) {
            throw new OutputParseException("no 'Junos:' or 'JUNOS ... [version]' line found");
        }
        List<ParsedVersion.Member> members = new ArrayList<>();
        for (List<String> section : sections) {
            LabelledFields.Found unit = FIELDS.read(section);
            String model = OutputText.firstWord(unit.model());
            if (model != null) {
                members.add(new ParsedVersion.Member(model, OutputText.firstWord(unit.serial())));
            }
        }
        LabelledFields.Found found = FIELDS.read(first);
        // Junos show version has neither uptime nor boot image; those come from other commands.
        return new ParsedVersion(
                version,
                OutputText.firstWord(found.model()),
                OutputText.firstWord(found.serial()),
                OutputText.firstWord(found.hostname()),
                null,
                null,
                members);
    }

    private static Pattern junos(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
    }

    /** The per-unit sections, each without its header; empty when the output describes a single unit. */
    private static List<List<String>> sections(List<String> lines) {
        List<List<String>> sections = new ArrayList<>();
        List<String> current = null;
        for (String line : lines) {
            if (SECTION_HEADER.matcher(line).matches()) {
                current = new ArrayList<>();
                sections.add(current);
            } else if (current != null) {
                current.add(line);
            }
        }
        return sections;
    }
}
