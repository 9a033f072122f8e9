package io.driftwatch.versions;

import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fortinet FortiOS. Devices report {@code FortiGate-60F v7.4.8,build2795,250523 (GA.M)}: the model name comes first
 * and must not take part, so the release and build are picked out wherever they are. A bare {@code 7.4.8} (as users
 * write it) has no build and sorts before every build of 7.4.8, but as a policy rule it names all of them.
 */
final class FortiOsOrder extends FamilyOrder<FortiOsOrder.Release> {

    private static final Pattern RELEASE = Pattern.compile(
            "(?<![\\w.])v?(\\d{1,9})\\.(\\d{1,9})\\.(\\d{1,9})(?:,?\\s*build(\\d{1,9}))?",
            Pattern.CASE_INSENSITIVE);
    private static final long NO_BUILD = -1;

    record Release(int major, int minor, int patch, long build) {

        String number() {
            return major + "." + minor + "." + patch;
        }
    }

    FortiOsOrder() {
        super(Comparator.comparingInt(Release::major)
                .thenComparingInt(Release::minor)
                .thenComparingInt(Release::patch)
                .thenComparingLong(Release::build));
    }

    @Override
    Optional<Release> read(String version) {
        Matcher m = RELEASE.matcher(version);
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of(new Release(
                Integer.parseInt(m.group(1)),
                Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)),
                m.group(4) == null ? NO_BUILD : Long.parseLong(m.group(4))));
    }

    @Override
    public String release(String version) {
        return version == null ? null : safeRead(version).map(Release::number).orElseGet(() -> Labels.strip(version));
    }

    @Override
    public boolean sameRelease(String wanted, String actual) {
        Optional<Release> w = safeRead(wanted == null ? "" : wanted);
        Optional<Release> a = safeRead(actual == null ? "" : actual);
        if (w.isPresent() && a.isPresent() && w.get().build() == NO_BUILD) {
            return w.get().number().equals(a.get().number());
        }
        return compare(wanted, actual) == 0;
    }
}
