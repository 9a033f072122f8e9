package io.driftwatch.parsing;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Huawei VRP {@code display version} (AR routers, S and CE switches, NE and ATN). The banner line carries the VRP
 * version and, in parentheses, the product version; the "&lt;vendor&gt; &lt;product&gt; uptime is" line names the
 * product. Boards are listed by role and PCB version only, never by serial, so there are no members.
 */
public final class HuaweiVrpParser implements VersionParser {

    /*
     * "VRP (R) software, Version 5.170 (AR6280 V300R019C10SPC300)". The version reported is the VRP version (5.170,
     * 8.180), as in the shared corpus, although operators usually speak of the product version in parentheses.
     */
    private static final Pattern VERSION = Pattern.compile("\\bsoftware,\\s+Version\\s+([^\\s,(]+)",
            Pattern.CASE_INSENSITIVE);
    // AR routers add the word "Router" after the model; S-series keep "Routing Switch", as upstream does.
    private static final Pattern MODEL_UPTIME = Pattern.compile(
            "^\\s*(?:HUAWEI|Quidway)\\s+(.+?)(?:\\s+Router)?\\s+uptime\\s+is\\s+(.+)$", Pattern.CASE_INSENSITIVE);
    // The per-board blocks ("BKP 0 version information", "MPU 1(Master) : uptime is ...") end the chassis part.
    private static final Pattern BOARD_BLOCK = Pattern.compile(
            "^\\s*(?:BKP\\s+\\d+\\s+version\\s+information|MPU\\s+\\d+)",
            Pattern.CASE_INSENSITIVE);

    @Override
    public String platform() {
        return "huawei_vrp";
    }

    @Override
    public String command() {
        return "display version";
    }

    @Override
    public ParsedVersion parse(String output) throws OutputParseException {
        List<String> lines = OutputText.lines(output);
        String version = OutputText.firstValue(VERSION, lines);
        if (version == null) {
            throw new OutputParseException("no 'VRP (R) software, Version' line found");
        }
        String model = null;
        String uptime = null;
        for (String line : lines) {
            if (BOARD_BLOCK.matcher(line).find()) {
                break;
            }
            Matcher matcher = MODEL_UPTIME.matcher(line);
            if (matcher.find()) {
                model = OutputText.present(matcher.group(1));
                uptime = OutputText.present(matcher.group(2));
                break;
            }
        }
        return new ParsedVersion(version, model, null, null, uptime, null, List.of());
    }
}
