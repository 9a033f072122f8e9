package io.driftwatch.versions;

import java.util.Comparator;

/**
 * Orders one vendor family's version strings, oldest first, as the device reports them. Implementations are total
 * and never throw: a string the family cannot read still gets a place (see {@link FamilyOrder}), and {@code null}
 * sorts before everything.
 */
public interface VersionOrder extends Comparator<String> {

    /**
     * The part of a version string that names the release, without labels, flavour words or model names, e.g.
     * {@code 10.4(5)} for {@code 10.4(5) [Maintenance Release]}. Glob rules are matched against it so users can
     * write the number they see in release notes.
     */
    default String release(String version) {
        return Labels.strip(version);
    }

    /**
     * Whether {@code actual} is the release that a policy names as {@code wanted}. Usually plain equality under this
     * order; families with build identifiers (Junos respins, FortiOS builds) let a rule that omits the build match
     * every build of that release, because that is how people write golden versions.
     */
    default boolean sameRelease(String wanted, String actual) {
        return compare(wanted, actual) == 0;
    }
}
