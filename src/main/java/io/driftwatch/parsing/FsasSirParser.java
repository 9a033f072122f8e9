package io.driftwatch.parsing;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Fsas Technologies (formerly Fujitsu) Si-R {@code show system information}. "Firm Ver." is the running firmware,
 * printed as "V20.54 NY0115 &lt;build date&gt;"; the release number without the "V" is the version. Si-R keeps two
 * firmware slots, and "Running-firmware" says which one booted, so that slot is the image.
 */
public final class FsasSirParser implements VersionParser {

    private static final LabelledFields FIELDS = LabelledFields.builder()
            .version("Firm Ver")
            .model("System")
            .serial("Serial No")
            .image("Running-firmware")
            .build();
    // "V20.54 NY0115 Wed Nov 15 12:38:13 JST 2023": the release without its "V".
    private static final Pattern RELEASE = Pattern.compile("^V?(\\d[\\w.]*)", Pattern.CASE_INSENSITIVE);

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
        LabelledFields.Found found = FIELDS.read(lines);
        String version = found.version() == null ? null : OutputText.firstValue(RELEASE, List.of(found.version()));
        if (version == null) {
            throw new OutputParseException("no 'Firm Ver.' line found");
        }
        return new ParsedVersion(version, found.model(), OutputText.firstWord(found.serial()), null, null,
                OutputText.firstWord(found.image()), List.of());
    }
}
