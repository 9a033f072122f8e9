package io.driftwatch.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The shared corpus of real {@code show version} output the fixture tests read: {@code ../shared/fixtures/show-version}
 * beside the project, or the folder {@code -Ddriftwatch.fixtures} names. A clone without it fails those tests with a
 * hint, as the browser and OpenSSH tests do: a skipped test would pass having checked nothing.
 */
public final class SharedFixtures {

    private static final String OVERRIDE = "driftwatch.fixtures";

    private SharedFixtures() {
    }

    /** The corpus folder, one folder per platform inside; fails the calling test when it is missing. */
    public static Path showVersion() {
        String override = System.getProperty(OVERRIDE);
        boolean overridden = override != null && !override.isBlank();
        Path folder = overridden ? Path.of(override) : Path.of("..", "shared", "fixtures", "show-version");
        if (!Files.isDirectory(folder)) {
            fail("the shared show-version fixtures are missing at " + folder.toAbsolutePath().normalize()
                    + (overridden ? " (from -D" + OVERRIDE + ")" : "; check out ../shared beside the project"));
        }
        return folder;
    }
}
