package io.driftwatch.parsing;

/**
 * Ruckus ICX {@code show version}. Ruckus took over Brocade's ICX line and FastIron with it, so the output is the
 * one {@link BrocadeFastironParser} reads; only the platform name differs.
 */
public final class RuckusFastironParser implements VersionParser {

    private final BrocadeFastironParser fastIron = new BrocadeFastironParser();

    @Override
    public String platform() {
        return "ruckus_fastiron";
    }

    @Override
    public String command() {
        return fastIron.command();
    }

    @Override
    public ParsedVersion parse(String output) throws OutputParseException {
        return fastIron.parse(output);
    }
}
