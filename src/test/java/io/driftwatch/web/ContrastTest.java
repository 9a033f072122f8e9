package io.driftwatch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * WCAG AA for the stylesheet's colours in both themes: every text colour against the backgrounds it is drawn on
 * reaches 4.5:1. Read from the stylesheet itself, so a new colour cannot slip in unchecked.
 */
class ContrastTest {

    private static final Path CSS = Path.of("src/main/resources/META-INF/resources/driftwatch.css");
    private static final double AA = 4.5;
    private static final Pattern VARIABLE = Pattern.compile("--([a-z0-9-]+):\\s*(#[0-9a-fA-F]{6})");

    /** Text colour, then the backgrounds it appears on. */
    private static final String[][] PAIRS = {
            {"fg", "bg", "card"}, {"muted", "bg", "card"}, {"ok", "bg", "card"}, {"warn", "bg", "card"},
            {"bad", "bg", "card"}, {"info", "bg", "card"}, {"on-info", "info"},
            {"seg-fg", "v0", "v1", "v2", "v3", "v4", "v5"},
    };

    @Test
    void everyTextColourReachesAaInBothThemes() throws IOException {
        String css = Files.readString(CSS);
        int dark = css.indexOf("prefers-color-scheme: dark");
        Map<String, String> light = variables(css.substring(0, dark));
        Map<String, String> darkTheme = new HashMap<>(light);
        darkTheme.putAll(variables(css.substring(dark, css.indexOf('}', css.indexOf("{", dark) + 1) + 1)));
        assertTrue(!light.get("card").equals(darkTheme.get("card")) && !light.get("seg-fg").equals(darkTheme.get(
                "seg-fg")), "the dark theme has its own colours");
        List<String> failures = new ArrayList<>();
        check("light", light, failures);
        check("dark", darkTheme, failures);
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void theRatioIsWcags() {
        assertEquals(21.0, ratio("#000000", "#ffffff"), 0.01);
        assertEquals(1.0, ratio("#777777", "#777777"), 0.01);
        assertEquals(4.48, ratio("#777777", "#ffffff"), 0.01);
    }

    private static void check(String theme, Map<String, String> colours, List<String> failures) {
        for (String[] pair : PAIRS) {
            for (int i = 1; i < pair.length; i++) {
                String text = colours.get(pair[0]);
                String background = colours.get(pair[i]);
                assertTrue(text != null && background != null, theme + " defines --" + pair[0] + " and --" + pair[i]);
                double ratio = ratio(text, background);
                if (ratio < AA) {
                    failures.add("%s: --%s %s on --%s %s is %.2f:1, below %.1f:1".formatted(theme, pair[0], text,
                            pair[i], background, ratio, AA));
                }
            }
        }
    }

    private static Map<String, String> variables(String css) {
        Map<String, String> found = new HashMap<>();
        Matcher matcher = VARIABLE.matcher(css);
        while (matcher.find()) {
            found.put(matcher.group(1), matcher.group(2));
        }
        return found;
    }

    static double ratio(String first, String second) {
        double a = luminance(first);
        double b = luminance(second);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    private static double luminance(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
    }

    private static double channel(int value) {
        double c = (value & 0xff) / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
