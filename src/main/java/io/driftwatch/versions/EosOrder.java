package io.driftwatch.versions;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Arista EOS: dotted numbers and a train letter, {@code 4.30.2F} (feature) or {@code 4.30.10M} (maintenance). The
 * numbers decide first, so {@code 4.30.2F} &lt; {@code 4.30.10M}; for the same numbers no suffix &lt; F &lt; M &lt;
 * any other suffix by text ({@code FX}, {@code INT}...). A dash and digits after the suffix is a build id (cEOS-lab
 * prints {@code 4.32.1F-37265360.4321F}) and names the same release, so it is ignored; any other tail compares by
 * the generic rule.
 */
final class EosOrder extends FamilyOrder<EosOrder.Release> {

    private static final Pattern RELEASE = Pattern.compile("^(\\d++(?:\\.\\d++)*+)([A-Za-z]*+)(.*)$");
    private static final Pattern BUILD_ID = Pattern.compile("^-\\d.*");
    private static final List<String> SUFFIX_RANK = List.of("", "F", "M");

    record Release(List<VersionTokens.Token> numbers, String suffix, List<VersionTokens.Token> rest) {

        int suffixRank() {
            int rank = SUFFIX_RANK.indexOf(suffix);
            return rank >= 0 ? rank : SUFFIX_RANK.size();
        }
    }

    EosOrder() {
        super(Comparator.<Release, List<VersionTokens.Token>>comparing(Release::numbers, VersionTokens::compare)
                .thenComparingInt(Release::suffixRank)
                .thenComparing(Release::suffix)
                .thenComparing(Release::rest, VersionTokens::compare));
    }

    @Override
    Optional<Release> read(String version) {
        Matcher m = RELEASE.matcher(Labels.strip(version));
        if (!m.matches()) {
            return Optional.empty();
        }
        String tail = BUILD_ID.matcher(m.group(3)).matches() ? "" : m.group(3);
        return Optional.of(new Release(
                VersionTokens.of(m.group(1)),
                m.group(2).toUpperCase(Locale.ROOT),
                VersionTokens.of(tail)));
    }
}
