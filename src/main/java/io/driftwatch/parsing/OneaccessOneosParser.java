package io.driftwatch.parsing;

import java.util.List;
import java.util.regex.Pattern;

/**
 * OneAccess (Ekinops) OneOS {@code show system status}. The version is the full "Software version" build name,
 * e.g. "OneOS-pCPE-ARM_pi1-6.6.1m3", as in the shared corpus (upstream's own "version" field keeps only the OneOS
 * major number). The header "System Information for device &lt;id&gt; S/N &lt;serial&gt;" gives the serial; the
 * device id is left out because it is sometimes the hostname and sometimes the product name.
 */
public final class OneaccessOneosParser implements VersionParser {

    private static final LabelledFields FIELDS = LabelledFields.builder()
            .version("Software version")
            .uptime("Sys Up time")
            .build();
    // "System Information for device ONE1540 S/N T1919007712345"; the template allows any one non-word character
    // around "S/N", a colon included.
    private static final Pattern SERIAL = Pattern.compile(
            "^\\s*System\\W+Information\\W+for\\W+device\\b.*\\bS/N\\W\\s*(\\w+)", Pattern.CASE_INSENSITIVE);

    @Override
    public String platform() {
        return "oneaccess_oneos";
    }

    @Override
    public String command() {
        return "show system status";
    }

    @Override
    public ParsedVersion parse(String output) throws OutputParseException {
        List<String> lines = OutputText.lines(output);
        LabelledFields.Found found = FIELDS.read(lines);
        String version = OutputText.firstWord(found.version());
        if (version == null) {
            throw new OutputParseException("no 'Software version' line found");
        }
        return new ParsedVersion(version, null, OutputText.firstValue(SERIAL, lines), null, found.uptime(), null,
                List.of());
    }
}
