package io.driftwatch.parsing;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Cisco Small Business 200/300/500 {@code show version}. A standalone switch prints "SW version 1.3.7.18 ( date ...
 * )", followed by boot and hardware versions; a stack prints one table row per unit under a "Unit  SW version ..."
 * header instead. Neither form names the host, model or serial.
 */
public final class CiscoS300Parser implements VersionParser {

    private static final Pattern SW_VERSION = Pattern.compile("^\\s*SW\\s+version\\s+(\\S+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern STACK_HEADER = Pattern.compile("^\\s*Unit\\s+SW\\s+version\\b",
            Pattern.CASE_INSENSITIVE);
    // Firmware 2.5+ (Sx350/550) lists images instead: the "Version:" under "Active-image:", not "Inactive-image:".
    private static final Pattern ACTIVE_IMAGE = Pattern.compile("^\\s*Active-image\\s*:", Pattern.CASE_INSENSITIVE);
    private static final Pattern IMAGE_VERSION = Pattern.compile("^\\s+Version\\s*:\\s*(\\S+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern STACK_ROW = Pattern.compile("^\\s*\\d+\\s+(\\S+)");

    @Override
    public String platform() {
        return "cisco_s300";
    }

    @Override
    public String command() {
        return "show version";
    }

    @Override
    public ParsedVersion parse(String output) throws OutputParseException {
        List<String> lines = OutputText.lines(output);
        String version = OutputText.firstNonNull(OutputText.firstValue(SW_VERSION, lines), firstUnitVersion(lines));
        if (version == null) {
            version = activeImageVersion(lines);
        }
        if (version == null) {
            throw new OutputParseException("no 'SW version' line or unit table found");
        }
        return new ParsedVersion(version, null, null, null, null, null, List.of());
    }

    /** The SW version column of the stack table's first unit row. */
    private static String firstUnitVersion(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (STACK_HEADER.matcher(lines.get(i)).find()) {
                return OutputText.firstValue(STACK_ROW, lines.subList(i + 1, lines.size()));
            }
        }
        return null;
    }

    /** The "Version:" line of the "Active-image:" block, which ends at the next unindented line. */
    private static String activeImageVersion(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (ACTIVE_IMAGE.matcher(lines.get(i)).find()) {
                int end = i + 1;
                while (end < lines.size() && (lines.get(end).isBlank() || lines.get(end).startsWith(" "))) {
                    end++;
                }
                return OutputText.firstValue(IMAGE_VERSION, lines.subList(i + 1, end));
            }
        }
        return null;
    }
}
