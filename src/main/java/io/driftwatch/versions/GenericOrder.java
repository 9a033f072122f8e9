package io.driftwatch.versions;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The rule for every platform without a family of its own, and the fallback of the families: labels dropped, then
 * {@link VersionTokens} order. Cisco IOS, IOS-XE, ASA, NX-OS and PAN-OS numbering is sorted correctly by this rule
 * alone (train rebuild numbers, {@code 4a} rebuild letters, interim and hotfix numbers are all "more after the same
 * prefix"), which is why they have no class of their own.
 */
final class GenericOrder implements VersionOrder {

    static final GenericOrder INSTANCE = new GenericOrder();

    // EdgeRouter prints "v2.0.6" where people write "2.0.6".
    private static final Pattern LEADING_V = Pattern.compile("^[vV](?=\\d)");

    private GenericOrder() {
    }

    @Override
    public int compare(String a, String b) {
        if (a == null || b == null) {
            return NullsFirst.compare(a, b);
        }
        String x = release(a);
        String y = release(b);
        List<VersionTokens.Token> tokensX = VersionTokens.of(x);
        List<VersionTokens.Token> tokensY = VersionTokens.of(y);
        int order = VersionTokens.compare(tokensX, tokensY);
        if (order == 0 && tokensX.isEmpty() && tokensY.isEmpty()) {
            // Neither string has a digit or letter, so there is nothing to read: plain text keeps the order total.
            return x.compareTo(y);
        }
        return order;
    }

    @Override
    public String release(String version) {
        String stripped = Labels.strip(version);
        return stripped == null ? null : LEADING_V.matcher(stripped).replaceFirst("");
    }
}
