package io.driftwatch.lab;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.driftwatch.testing.FreePorts;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The packaged jar's {@code lab} command, as the benchmark and scripts start it: its first line of output, stderr
 * included, says that the fleet is ready. Anything the jar's main method prints before it (SLF4J announcing the
 * provider it was told to load, say) makes them wait for a "ready" that never comes.
 */
class LabCommandJarIT {

    @Test
    void theLabCommandsFirstLineSaysTheFleetIsReady() throws Exception {
        Path directory = Files.createDirectories(Path.of("target", "lab-command-it").toAbsolutePath());
        String java = ProcessHandle.current().info().command().orElse("java");
        Process lab = new ProcessBuilder(List.of(java, "-jar", "target/quarkus-app/quarkus-run.jar", "lab", "--devices",
                "2", "--latency", "10ms", "--base-port", String.valueOf(FreePorts.range(2)), "--dir",
                directory.toString())).redirectErrorStream(true).start();
        try {
            BufferedReader output = new BufferedReader(
                    new InputStreamReader(lab.getInputStream(), StandardCharsets.UTF_8));
            String first = CompletableFuture.supplyAsync(() -> {
                try {
                    return output.readLine();
                } catch (java.io.IOException e) {
                    return "(unreadable: " + e + ")";
                }
            }).get(60, TimeUnit.SECONDS);
            assertTrue(first != null && first.startsWith("lab fleet ready: 2 routers"), "first line: " + first);
        } finally {
            lab.destroy();
            if (!lab.waitFor(20, TimeUnit.SECONDS)) {
                lab.destroyForcibly();
            }
        }
    }
}
