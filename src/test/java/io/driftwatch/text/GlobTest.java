package io.driftwatch.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class GlobTest {

    @Test
    void starIsAnyRunQuestionMarkOneCharacterTheRestLiteralInAnyCase() {
        Glob glob = Glob.of("edge-?-*.net");
        assertTrue(glob.matches("edge-1-paris.net"));
        assertTrue(glob.matches("EDGE-1-.NET"));
        assertFalse(glob.matches("edge-12-paris.net"));
        assertFalse(glob.matches("edge-1-parisxnet"), "a dot is a dot");
        assertFalse(glob.matches(null));
        assertTrue(Glob.of("(a+b)[c]").matches("(A+B)[C]"), "regex characters are literal");
    }

    @Test
    void aPatternKnowsHowNarrowItIs() {
        assertTrue(Glob.of("core-01").isLiteral());
        assertFalse(Glob.of("core-*").isLiteral());
        assertEquals(5, Glob.of("core-*?").literalLength());
    }

    @Test
    void aPathologicalPatternAgainstALongValueIsMatchedInLinearTime() {
        String value = "a".repeat(100_000);
        // A backtracking matcher tries every way to split 100,000 characters among eight stars: it never ends.
        Glob glob = Glob.of("*a*a*a*a*a*a*a*a*b");
        assertFalse(assertTimeoutPreemptively(Duration.ofSeconds(5), () -> glob.matches(value)));
        assertTrue(assertTimeoutPreemptively(Duration.ofSeconds(5), () -> glob.matches(value + "B")));
        assertFalse(
                assertTimeoutPreemptively(Duration.ofSeconds(5), () -> Glob.of("*?*?*?*?*?*?*?*?b").matches(value)));
    }

    @Test
    void matchesExactlyAsTheCaseInsensitiveRegularExpressionItReplaces() {
        // Letters with case pairs (Greek final sigma, dotted and dotless i), punctuation regexes would read,
        // and the wildcards: every pattern and value of these must match as the regex globs did.
        String patternAlphabet = "aAb.(+ΣσςİıiI*?";
        String valueAlphabet = "aAb.(+ΣσςİıiIxé";
        Random random = new Random(12);
        for (int i = 0; i < 50_000; i++) {
            String pattern = sample(random, patternAlphabet, 7);
            String value = sample(random, valueAlphabet, 9);
            assertEquals(regex(pattern).matcher(value).matches(), Glob.of(pattern).matches(value),
                    "'" + pattern + "' against '" + value + "'");
        }
    }

    @Test
    void starsMatchEmptyRunsAndQuestionMarksExactlyOneCharacter() {
        assertTrue(Glob.of("*").matches(""));
        assertTrue(Glob.of("**").matches("anything"));
        assertFalse(Glob.of("?").matches(""));
        assertTrue(Glob.of("a*b*c").matches("abc"));
        assertTrue(Glob.of("a*b*c").matches("aXbYbZc"));
        assertFalse(Glob.of("a*b*c").matches("aXbYbZ"));
        assertTrue(Glob.of("17.9.*").matches("17.9.4a"));
        assertFalse(Glob.of("17.9.*").matches("17.10.1"));
        assertTrue(Glob.of("?𐐀").matches("x𐐀"), "one character, also outside the Basic Multilingual Plane");
    }

    private static String sample(Random random, String alphabet, int maxLength) {
        StringBuilder text = new StringBuilder();
        for (int n = random.nextInt(maxLength + 1); n > 0; n--) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    /** How Glob matched before: each wildcard a regex, every other run quoted, case-insensitive in Unicode. */
    private static Pattern regex(String glob) {
        StringBuilder regex = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (char c : glob.toCharArray()) {
            if (c == '*' || c == '?') {
                regex.append(Pattern.quote(literal.toString())).append(c == '*' ? ".*" : ".");
                literal.setLength(0);
            } else {
                literal.append(c);
            }
        }
        regex.append(Pattern.quote(literal.toString()));
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
