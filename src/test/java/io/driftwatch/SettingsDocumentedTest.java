package io.driftwatch;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every {@code driftwatch.*} key of every {@code @ConfigMapping} has a row in the README's settings table. */
class SettingsDocumentedTest {

    private static final Pattern PREFIX = Pattern.compile("@ConfigMapping\\(prefix = \"([^\"]+)\"\\)");
    /** A key of the mapping itself (four spaces in), with the default just above it if it has one. */
    private static final Pattern KEY = Pattern.compile(
            "(?m)^    (?:@WithDefault\\(\"([^\"]*)\"\\)\\s+)?(?:[\\w<>.]+) (\\w+)\\(\\);");

    @Test
    void everyKeyIsInTheSettingsTableWithItsDefault() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        List<String> missing = new ArrayList<>();
        int keys = 0;
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                String text = Files.readString(source);
                Matcher prefix = PREFIX.matcher(text);
                if (!prefix.find()) {
                    continue;
                }
                Matcher key = KEY.matcher(text);
                while (key.find()) {
                    keys++;
                    String name = prefix.group(1) + "." + kebab(key.group(2));
                    String row = readme.lines().filter(l -> l.startsWith("| `" + name + "` |")).findFirst()
                            .orElse(null);
                    if (row == null) {
                        missing.add(name + " (no row)");
                    } else if (key.group(1) != null && !row.contains("| `" + key.group(1) + "` |")) {
                        missing.add(name + " (default `" + key.group(1) + "` not in its row)");
                    }
                }
            }
        }
        assertTrue(keys >= 29, "found only " + keys + " keys");
        assertTrue(missing.isEmpty(), "README settings table lacks: " + missing);
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
    }
}
