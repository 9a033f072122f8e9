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

    private static final Pattern VERSION = Pattern.compile("^\\s*ZTE\\b.*\\bSoftware,\\s*Version:\\s*([^,]+)",
            Pattern.CASE_INSENSITIVE);
    // "ZXCTN 6180H", "ZXCTN6180H" (the template reads whatever follows ZXCTN) and "ZXR10 M6000-8S Plus".
    private static final List<Pattern> FAMILY_AND_MODEL = List.of(
            Pattern.compile("^\\s*ZXCTN\\s*(\\S.*)$", Pattern.CASE_INSENSITIVE),
            Pattern.compile("^\\s*ZX[A-Z0-9]+\\s+(\\S.*)$", Pattern.CASE_INSENSITIVE));
    // The chassis line comes first; the template takes the first "... uptime is" line and stops there.
    private static final List<Pattern> UPTIME = List.of(
            Pattern.compile("^\\s*System\\s+uptime\\s+is\\s+(.+)$", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\buptime\\s+is\\s+(.+)$", Pattern.CASE_INSENSITIVE));
    private static final Pattern IMAGE = Pattern.compile("^\\s*System\\s+image\\s+file\\s+is\\s+<([^>]+)>",
            Pattern.CASE_INSENSITIVE);

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
        String version = OutputText.firstValue(VERSION, lines);
        if (version == null) {
            throw new OutputParseException("no 'ZTE ... Software, Version:' line found");
        }
        String model = OutputText.firstNonNull(OutputText.firstValue(FAMILY_AND_MODEL, lines), firstWord(version));
        return new ParsedVersion(version, model, null, null, OutputText.firstValue(UPTIME, lines), image(lines),
                List.of());
    }

    /** ZTE prefixes the version with the model, e.g. "M6000-S V5.00.10"; used only when the model line is absent. */
    private static String firstWord(String version) {
        String[] words = version.split("\\s+");
        return words.length > 1 ? words[0] : null;
    }

    /** The file without its storage device, which differs between boards holding the same image. */
    private static String image(List<String> lines) {
        String path = OutputText.firstValue(IMAGE, lines);
        if (path == null) {
            return null;
        }
        int colon = path.indexOf(':');
        return OutputText.present(colon < 0 ? path : path.substring(colon + 1));
    }
}
