package io.driftwatch.parsing;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * FortiGate {@code get system status}: "Label: value" lines opening with "Version: FortiGate-60F
 * v7.4.8,build2795,250523 (GA.M)". The model is the part of that line before the release.
 */
public final class FortinetParser implements VersionParser {

    private static final LabelledFields FIELDS = LabelledFields.builder()
            .version("Version")
            .serial("Serial-Number")
            .hostname("Hostname")
            .build();
    // "FortiGate-VM64-KVM v7.2.5,build1517,..." or "FortiWiFi-60E v6.4.9,..."
    private static final Pattern MODEL_IN_VERSION = Pattern.compile("^(\\S+)\\s+v\\d");

    @Override
    public String platform() {
        return "fortinet";
    }

    @Override
    public String command() {
        return "get system status";
    }

    @Override
    public ParsedVersion parse(String output) throws OutputParseException {
        List<String> lines = OutputText.lines(output);
        // The whole "Version:" value, model and build included, because that is what ntc-templates captures and
        // what the fixtures (and so the stored history other tools compare against) expect.
        LabelledFields.Found found = FIELDS.read(lines);
        String version = found.version();
        if (version == null) {
            throw new OutputParseException("no 'Version:' line found");
        }
        Matcher model = MODEL_IN_VERSION.matcher(version);
        // "Cluster uptime" is the HA cluster's age, not the unit's, so no uptime is reported.
        return new ParsedVersion(
                version,
                model.find() ? model.group(1) : null,
                found.serial(),
                found.hostname(),
                null,
                null,
                List.of());
    }
}
