package io.driftwatch.versions;

/**
 * Cisco IOS-XR: dotted numbers ({@code 6.5.3}, {@code 7.9.2}, internal {@code 7.3.2.36I}). Newer releases print a
 * flavour word after the number ({@code 7.9.2 LNT}) and older ones a bracketed label ({@code 6.1.4[Default]});
 * neither changes the release, so only the first word counts.
 */
final class XrOrder implements VersionOrder {

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
        if (stripped == null || stripped.isEmpty()) {
            return stripped;
        }
        return stripped.split("\\s+", 2)[0];
    }
}
