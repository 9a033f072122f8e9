package io.driftwatch.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
