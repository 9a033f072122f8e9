package io.driftwatch.parsing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Brocade (now Ruckus) FastIron / ICX {@code show version}. A stack prints, per unit, where the image was loaded from
 * and its "SW: Version" line, then one block per module ("UNIT 2: SL 1: ICX6450-48P POE 48-port Management Module")
 * with the module's serial, then one "STACKID n  system uptime is ..." line per unit. A standalone switch leaves out
 * the "UNIT n:" prefixes and says "The system uptime is ...". The first module of a unit is the unit itself.
 */
public final class BrocadeFastironParser implements VersionParser {

    private static final Pattern SW_VERSION = Pattern.compile("^\\s*SW\\s*:\\s*Version\\s+(\\S+)",
            Pattern.CASE_INSENSITIVE);
    // "(8770832 bytes) from Primary SPR08090.bin"; the word after "from" names the flash bank, whatever it is.
    private static final Pattern IMAGE = Pattern.compile("\\)\\s+from\\s+\\S+\\s+(\\S+)");
    // Upstream keeps the whole "HW:" text, "Stackable" included, and that is what the measured expectations hold.
    private static final Pattern HARDWARE = Pattern.compile("^\\s*HW\\s*:\\s*(.+)$", Pattern.CASE_INSENSITIVE);
    // The model runs to the port count, which some modules join with a dash: "SL 1: FCX-24-port Management Module".
    private static final Pattern MODULE = Pattern.compile(
            "^\\s*(?:UNIT\\s+(\\d+)\\s*:\\s*)?SL\\s+\\d+\\s*:\\s*(\\S+?)(?:-(?:POE-?)?\\d+-?port\\S*)?(?:\\s|$)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SERIAL = Pattern.compile("^\\s*Serial\\s*#\\s*:\\s*(\\S+)", Pattern.CASE_INSENSITIVE);
    // "STACKID 1  system uptime is ..." and "The system uptime is ...": whatever precedes "uptime is".
    private static final Pattern UPTIME = Pattern.compile("\\buptime\\s+is\\s+(.+)$", Pattern.CASE_INSENSITIVE);

    @Override
    public String platform() {
        return "brocade_fastiron";
    }

    @Override
    public String command() {
        return "show version";
    }

    @Override
    public ParsedVersion parse(String output) throws OutputParseException {
        List<String> lines = OutputText.lines(output);
        String version = OutputText.firstValue(SW_VERSION, lines);
        if (version == null) {
            throw new OutputParseException("no 'SW: Version' line found");
        }
        List<ParsedVersion.Member> members = members(lines);
        ParsedVersion.Member first = members.isEmpty() ? null : members.get(0);
        return new ParsedVersion(
                version,
                OutputText.firstNonNull(OutputText.firstValue(HARDWARE, lines), first == null ? null : first.model()),
                first == null ? null : first.serial(),
                null,
                OutputText.firstValue(UPTIME, lines),
                OutputText.firstValue(IMAGE, lines),
                members);
    }

    /** One member per unit: the model of its first module and the first serial printed within that unit's modules. */
    private static List<ParsedVersion.Member> members(List<String> lines) {
        Map<Integer, String> models = new TreeMap<>();
        Map<Integer, String> serials = new TreeMap<>();
        Integer unit = null;
        for (String line : lines) {
            Matcher module = MODULE.matcher(line);
            if (module.find()) {
                unit = module.group(1) == null ? 1 : Integer.valueOf(module.group(1));
                models.putIfAbsent(unit, module.group(2));
                continue;
            }
            Matcher serial = SERIAL.matcher(line);
            if (serial.find() && unit != null) {
                serials.putIfAbsent(unit, serial.group(1));
            }
        }
        List<ParsedVersion.Member> members = new ArrayList<>();
        models.forEach((id, model) -> members.add(new ParsedVersion.Member(model, serials.get(id))));
        return members;
    }
}
