package io.driftwatch.text;

/**
 * A shell-style pattern, as network engineers write them for device names, models and versions: {@code *} any run
 * of characters, {@code ?} one, everything else literal, in any case. The one glob of the code base: policy rules,
 * version rules and silences all match with it.
 *
 * <p>Matched by walking pattern and value together, going back only to the last {@code *} seen: at most pattern
 * length times value length steps. Patterns come from operators and values from routers; a regular expression's
 * backtracking {@code .*} took exponential time on a pattern like {@code *a*a*a*a*b} against a long value.
 */
public record Glob(String text) {

    public static Glob of(String text) {
        return new Glob(text);
    }

    public boolean matches(String value) {
        if (value == null) {
            return false;
        }
        int[] pattern = text.codePoints().toArray();
        int[] input = value.codePoints().toArray();
        int p = 0;
        int v = 0;
        // The last star seen and where in the value its run ends for now; -1 before the first star.
        int star = -1;
        int starEnd = 0;
        while (v < input.length) {
            if (p < pattern.length && pattern[p] == '*') {
                star = p++;
                starEnd = v;
            } else if (p < pattern.length && (pattern[p] == '?' || sameIgnoringCase(pattern[p], input[v]))) {
                p++;
                v++;
            } else if (star >= 0) {
                // Let the last star take one more character and try the rest of the pattern from there.
                p = star + 1;
                v = ++starEnd;
            } else {
                return false;
            }
        }
        while (p < pattern.length && pattern[p] == '*') {
            p++;
        }
        return p == pattern.length;
    }

    public boolean isLiteral() {
        return text.indexOf('*') < 0 && text.indexOf('?') < 0;
    }

    /** Characters that are not wildcards: the more of them, the narrower the pattern. */
    public int literalLength() {
        return text.replace("*", "").replace("?", "").length();
    }

    /** As Java's case-insensitive Unicode regular expressions compare, which this glob used before. */
    private static boolean sameIgnoringCase(int a, int b) {
        return a == b
                || Character.toLowerCase(Character.toUpperCase(a)) == Character.toLowerCase(Character.toUpperCase(b));
    }
}
