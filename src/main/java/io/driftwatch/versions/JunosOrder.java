package io.driftwatch.versions;

import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Juniper Junos: {@code major.minor type number [-S service | -D build] [.respin]}, e.g. {@code 21.4R3-S3.4} or
 * the X-train {@code 15.1X53-D593.2}. Order: major.minor, then release type (I internal &lt; B beta &lt; R release
 * &lt; any other letter alphabetically, so F feature and X special trains of a major.minor come after its R
 * releases), then release number, then service or D-build number, then respin. A missing part counts as lower than
 * any present one, so {@code 22.4R3} &lt; {@code 22.4R3.5} &lt; {@code 22.4R3-S1}. An {@code -EVO} suffix is the OS
 * flavour, fixed by the hardware, and ignored.
 */
final class JunosOrder extends FamilyOrder<JunosOrder.Release> {

    private static final Pattern RELEASE = Pattern.compile(
            "^(\\d{1,9})\\.(\\d{1,9})([A-Za-z])(\\d{1,9})?(?:-[SsDd](\\d{1,9}))?(?:\\.(\\d{1,9}))?(.*?)(?:-EVO)?$",
            Pattern.CASE_INSENSITIVE);
    private static final String TYPE_RANK = "IBR";
    private static final long MISSING = -1;

    record Release(int major, int minor, char type, long number, long service, long respin, String rest) {

        int typeRank() {
            int rank = TYPE_RANK.indexOf(type);
            return rank >= 0 ? rank : TYPE_RANK.length();
        }

        Release withoutRespin() {
            return new Release(major, minor, type, number, service, MISSING, rest);
        }
    }

    private static final Comparator<String> REST = (a, b) -> VersionTokens.compare(VersionTokens.of(a),
            VersionTokens.of(b));

    JunosOrder() {
        super(Comparator.comparingInt(Release::major)
                .thenComparingInt(Release::minor)
                .thenComparingInt(Release::typeRank)
                .thenComparing(Release::type)
                .thenComparingLong(Release::number)
                .thenComparingLong(Release::service)
                .thenComparingLong(Release::respin)
                .thenComparing(Release::rest, REST));
    }

    @Override
    Optional<Release> read(String version) {
        Matcher m = RELEASE.matcher(Labels.strip(version));
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new Release(
                Integer.parseInt(m.group(1)),
                Integer.parseInt(m.group(2)),
                m.group(3).toUpperCase(Locale.ROOT).charAt(0),
                number(m.group(4)),
                number(m.group(5)),
                number(m.group(6)),
                m.group(7)));
    }

    /** A rule without a respin ({@code 21.4R3-S3}) names every respin of that release ({@code 21.4R3-S3.4}). */
    @Override
    public boolean sameRelease(String wanted, String actual) {
        Optional<Release> w = safeRead(wanted == null ? "" : wanted);
        Optional<Release> a = safeRead(actual == null ? "" : actual);
        if (w.isPresent() && a.isPresent() && w.get().respin() == MISSING) {
            return keyOrder().compare(w.get(), a.get().withoutRespin()) == 0;
        }
        return compare(wanted, actual) == 0;
    }

    private static long number(String digits) {
        return digits == null ? MISSING : Long.parseLong(digits);
    }
}
