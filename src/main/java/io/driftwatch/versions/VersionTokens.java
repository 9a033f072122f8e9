package io.driftwatch.versions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The generic reading of a version: runs of digits and runs of letters, separators dropped. Lists of tokens compare
 * position by position; where one list has ended its missing token counts as an "end" token. Token kinds rank
 * pre-release word &lt; end &lt; text &lt; number, so:
 * <ul>
 * <li>{@code 17.9.4} &lt; {@code 17.9.4a} &lt; {@code 17.9.4.1}: anything more after the same prefix is later (a
 * rebuild letter, an ASA interim number, a PAN-OS {@code -h} hotfix);</li>
 * <li>a number beats text in the same place, as in rpm's version compare;</li>
 * <li>{@code 7.13rc1} &lt; {@code 7.13}: {@code alpha}, {@code beta} and {@code rc} (MikroTik's pre-releases) come
 * before the release they lead up to.</li>
 * </ul>
 */
final class VersionTokens {

    private static final Set<String> PRE_RELEASE = Set.of("alpha", "beta", "rc");

    private VersionTokens() {
    }

    /** One run of digits (without leading zeros, so 04 equals 4) or of letters (lower-cased). */
    record Token(Kind kind, String text) {
    }

    enum Kind {
        PRE_RELEASE,
        END,
        TEXT,
        NUMBER
    }

    private static final Token END = new Token(Kind.END, "");

    static List<Token> of(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int start = i;
            if (isDigit(c)) {
                while (i < text.length() && isDigit(text.charAt(i))) {
                    i++;
                }
                tokens.add(new Token(Kind.NUMBER, withoutLeadingZeros(text.substring(start, i))));
            } else if (Character.isLetter(c)) {
                while (i < text.length() && Character.isLetter(text.charAt(i))) {
                    i++;
                }
                String word = text.substring(start, i).toLowerCase(Locale.ROOT);
                tokens.add(new Token(PRE_RELEASE.contains(word) ? Kind.PRE_RELEASE : Kind.TEXT, word));
            } else {
                i++;
            }
        }
        return tokens;
    }

    static int compare(List<Token> a, List<Token> b) {
        int length = Math.max(a.size(), b.size());
        for (int i = 0; i < length; i++) {
            int order = compare(i < a.size() ? a.get(i) : END, i < b.size() ? b.get(i) : END);
            if (order != 0) {
                return order;
            }
        }
        return 0;
    }

    private static int compare(Token a, Token b) {
        if (a.kind() != b.kind()) {
            return a.kind().compareTo(b.kind());
        }
        if (a.kind() == Kind.NUMBER) {
            return compareDigits(a.text(), b.text());
        }
        return a.text().compareTo(b.text());
    }

    /** Numeric order of digit strings of any length, so a 30-digit build number cannot overflow. */
    static int compareDigits(String a, String b) {
        String x = withoutLeadingZeros(a);
        String y = withoutLeadingZeros(b);
        return x.length() != y.length() ? Integer.compare(x.length(), y.length()) : x.compareTo(y);
    }

    private static String withoutLeadingZeros(String digits) {
        int i = 0;
        while (i < digits.length() - 1 && digits.charAt(i) == '0') {
            i++;
        }
        return digits.substring(i);
    }

    // Character.isDigit accepts other scripts' digits, which the numeric compare above does not expect.
    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
