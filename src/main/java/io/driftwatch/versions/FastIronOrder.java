package io.driftwatch.versions;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Brocade / Ruckus FastIron: {@code 08.0.30hT311} is release 08.0.30h built for platform code T311. The platform code
 * must go before comparing, or the generic rule would read "hT" as one word and put {@code 08.0.30hT311} before
 * {@code 08.0.30T311} ("ht" &lt; "t"). A switch keeps its platform code across upgrades, so nothing is lost.
 */
final class FastIronOrder implements VersionOrder {

    private static final Pattern WITH_PLATFORM_CODE = Pattern.compile("^(\\d+\\.\\d+\\.\\d+[a-z]*)T\\w*$");

    @Override
    public int compare(String a, String b) {
        if (a == null || b == null) {
            return NullsFirst.compare(a, b);
        }
        return GenericOrder.INSTANCE.compare(release(a), release(b));
    }

    @Override
    public String release(String version) {
        String stripped = Labels.strip(version);
        if (stripped == null) {
            return null;
        }
        Matcher m = WITH_PLATFORM_CODE.matcher(stripped);
        return m.matches() ? m.group(1) : stripped;
    }
}
