package io.driftwatch.parsing;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Aruba {@code show version} in its two shapes. ArubaOS-Switch (formerly ProCurve) prints an "Image stamp:" block
 * whose indented continuation lines hold the build path, the build date, the release ("WC.16.05.0007") and the build
 * number; controllers and access points print "ArubaOS (MODEL: 7030), Version 8.6.0.4" and an uptime line.
 */
public final class ArubaOsParser implements VersionParser {

    private static final Pattern IMAGE_STAMP = Pattern.compile("^\\s*Image\\s+stamp\\s*:", Pattern.CASE_INSENSITIVE);
    private static final Pattern CONTINUATION = Pattern.compile("^\\s+(\\S.*)$");
    // ArubaOS-Switch releases are a family prefix and three numbers: K.15.06.0017, WC.16.05.0007, KB.16.10.0010.
    private static final Pattern SWITCH_RELEASE = Pattern.compile("^[A-Z]{1,3}\\.\\d+\\.\\d+\\.\\d+\\S*$");
    private static final LabelledFields FIELDS = LabelledFields.builder().image("Boot Image").build();
    // The rest of the line: APs append the build kind ("01.01.0.1 SSR"), which upstream keeps as part of the version.
    private static final Pattern ARUBAOS_VERSION = Pattern
            .compile("^\\s*ArubaOS\\s*\\(MODEL:\\s*[^)]*\\),\\s*Version\\s+(.+)$");
    private static final Pattern ARUBAOS_MODEL = Pattern.compile("^\\s*ArubaOS\\s*\\(MODEL:\\s*([^)\\s]+)\\s*\\)");
    private static final Pattern UPTIME = Pattern.compile("^\\s*(?:AP|Switch|Controller) uptime is\\s+(.+)$");

    @Override
    public String platform() {
        return "aruba_os";
    }

    @Override
    public String command() {
        return "show version";
    }

    @Override
    public ParsedVersion parse(String output) throws OutputParseException {
        List<String> lines = OutputText.lines(output);
        String switchRelease = switchRelease(lines);
        if (switchRelease != null) {
            return new ParsedVersion(switchRelease, null, null, null, null,
                    OutputText.firstWord(FIELDS.read(LabelledFields.Field.IMAGE, lines)), List.of());
        }
        String version = OutputText.firstValue(ARUBAOS_VERSION, lines);
        if (version == null) {
            throw new OutputParseException("no 'Image stamp' block or 'ArubaOS (MODEL: ...), Version' line found");
        }
        return new ParsedVersion(version, OutputText.firstValue(ARUBAOS_MODEL, lines), null, null,
                OutputText.firstValue(UPTIME, lines), null, List.of());
    }

    /** The release line of the "Image stamp:" block, or null when the block is absent. */
    private static String switchRelease(List<String> lines) {
        boolean inStamp = false;
        for (String line : lines) {
            if (IMAGE_STAMP.matcher(line).find()) {
                inStamp = true;
                continue;
            }
            if (!inStamp) {
                continue;
            }
            if (line.isBlank()) {
                continue;
            }
            Matcher continuation = CONTINUATION.matcher(line);
            if (!continuation.matches()) {
                return null;
            }
            String value = continuation.group(1).strip();
            if (SWITCH_RELEASE.matcher(value).matches()) {
                return value;
            }
        }
        return null;
    }
}
