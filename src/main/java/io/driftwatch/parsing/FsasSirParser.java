package io.driftwatch.parsing;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Fsas Technologies (formerly Fujitsu) Si-R {@code show system information}. "Firm Ver." is the running firmware,
 * printed as "V20.54 NY0115 &lt;build date&gt;"; the release number without the "V" is the version. Si-R keeps two
 * firmware slots, and "Running-firmware" says which one booted, so that slot is the image.
 */
public final class FsasSirParser implements VersionParser {

    private static final Pattern VERSION = Pattern.compile("^\\s*Firm\\s+Ver\\.\\s*:\\s*V?(\\d[\\w.]*)");
    private static final Pattern MODEL = Pattern.compile("^\\s*System\\s*:\\s*(.+)$");
    private static final Pattern SERIAL = Pattern.compile("^\\s*Serial\\s+No\\.\\s*:\\s*(\\S+)");
    private static final Pattern RUNNING_FIRMWARE = Pattern.compile("^\\s*Running-firmware\\s*:\\s*(\\S+)");

    @Override
    public String platform() {
        return "fsas_sir";
    }

    @Override
    public String command() {
        return "show system information";
    }

    @Override
    public ParsedVersion parse(String output) throws OutputParseException {
        List<String> lines = OutputText.lines(output);
        String version = OutputText.firstGroup(VERSION, lines);
        if (version == null) {
            throw new OutputParseException("no 'Firm Ver.' line found");
        }
        return new ParsedVersion(version, OutputText.firstGroup(MODEL, lines), OutputText.firstGroup(SERIAL, lines),
                null, null, OutputText.firstGroup(RUNNING_FIRMWARE, lines), List.of());
    }
}
