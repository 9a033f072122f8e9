package io.driftwatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SettingsCheckTest {

    /**
     * A mapping left out would make {@code check} refuse that feature's settings as keys that map to no root, and
     * miss its mistakes.
     */
    @Test
    void everyConfigMappingIsChecked() throws IOException {
        Path sources = Path.of("src/main/java");
        Set<String> mappings;
        try (Stream<Path> files = Files.walk(sources)) {
            mappings = files.filter(f -> f.toString().endsWith(".java")).filter(SettingsCheckTest::isMapping)
                    .map(f -> sources.relativize(f).toString().replace(".java", "").replace('/', '.')
                            .replace('\\', '.'))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(mappings, SettingsCheck.MAPPINGS.stream().map(Class::getName)
                .collect(Collectors.toCollection(TreeSet::new)));
    }

    private static boolean isMapping(Path source) {
        try {
            return Files.readString(source).contains("@ConfigMapping(prefix");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
