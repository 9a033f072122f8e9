package io.driftwatch.parsing;

import java.util.List;
import java.util.regex.Pattern;

/**
 * ZTE ZXROS {@code show version} (ZXCTN and ZXR10). The first line is "&lt;product family&gt; &lt;model&gt;", e.g.
 * "ZXCTN 6120H-S"; the software line reads "ZTE ZXCTN Software, Version: 6120H-S V5.10.00.50, Release software",
 * and its whole value, model prefix included, is what ZTE calls the version. Board sections follow, one per slot,
 * with their own "Uptime is" lines, so the system uptime line is preferred.
 */
public final class ZteZxrosParser implements VersionParser {

    private static final Pattern VERSION = Pattern.compile("^\\s*ZTE\\b.*\\bSoftware,\\s*Version:\\s*([^,]+)");
    private static final Pattern FAMILY_AND_MODEL = Pattern.compile("^\\s*ZX[A-Z0-9]+\\s+(\\S.*)$");
    private static final Pattern SYSTEM_UPTIME = Pattern.compile("^\\s*System\\s+uptime\\s+is\\s+(.+)$");
    private static final Pattern ANY_UPTIME = Pattern.compile("\\buptime\\s+is\\s+(.+)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern IMAGE = Pattern.compile("^\\s*System\\s+image\\s+file\\s+is\\s+<([^>]+)>");

    @Override
    public String platform() {
        return "zte_zxros";
    }

    @Override
    public String command() {
        return "show version";
    }

    @Override
    public ParsedVersion parse(String output) throws OutputParseException {
        List<String> lines = OutputText.lines(output);
        String version = OutputText.firstGroup(VERSION, lines);
        if (version == null) {
            throw new OutputParseException("no 'ZTE ... Software, Version:' line found");
        }
        String model = OutputText.firstNonNull(OutputText.firstGroup(FAMILY_AND_MODEL, lines), firstWord(version));
        String uptime = OutputText.firstGroup(List.of(SYSTEM_UPTIME, ANY_UPTIME), lines);
        return new ParsedVersion(version, model, null, null, uptime, image(lines), List.of());
    }

    /** ZTE prefixes the version with the model, e.g. "M6000-S V5.00.10"; used only when the model line is absent. */
    private static String firstWord(String version) {
        String[] words = version.split("\\s+");
        return words.length > 1 ? words[0] : null;
    }

    /** The file without its storage device, which differs between boards holding the same image. */
    private static String image(List<String> lines) {
        String path = OutputText.firstGroup(IMAGE, lines);
        if (path == null) {
            return null;
        }
        int colon = path.indexOf(':');
        return OutputText.blankToNull(colon < 0 ? path : path.substring(colon + 1));
    }
}
