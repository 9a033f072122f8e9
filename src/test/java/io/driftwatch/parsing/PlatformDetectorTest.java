package io.driftwatch.parsing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.driftwatch.lab.LabCatalog;
import io.driftwatch.lab.LabFacts;
import io.driftwatch.lab.LabOutputs;
import io.driftwatch.testing.SharedFixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PlatformDetectorTest {

    /**
     * Fixtures filed under the wrong platform upstream: this "hp_procurve show version" is an Aruba access point's
     * ArubaOS output, which the hp_procurve parser does not read either.
     */
    private static final Map<String, String> MISLABELLED = Map.of("hp_procurve_show_version.raw", "aruba_os");

    private final ParserRegistry registry = ParserRegistry.standard();
    private final PlatformDetector detector = new PlatformDetector(registry);

    @Test
    void probesShowVersionFirstThenEveryOtherCommandOnce() {
        List<String> commands = detector.probeCommands();
        assertEquals(PlatformDetector.FIRST_COMMAND, commands.get(0));
        assertEquals(commands.size(), commands.stream().distinct().count());
        for (String platform : registry.platforms()) {
            assertTrue(commands.contains(registry.find(platform).orElseThrow().command()), platform);
        }
        assertTrue(commands.containsAll(List.of("display version", "get system status", "show system info",
                "/system resource print")));
    }

    @Test
    void everyLabOutputIsDetectedAsItsOwnPlatform() {
        List<String> misses = new ArrayList<>();
        int cases = 0;
        for (String platform : LabOutputs.platforms()) {
            String command = registry.find(platform).orElseThrow().command();
            List<String> models = LabCatalog.models(platform);
            for (String version : LabCatalog.versionTrain(platform)) {
                for (String model : List.of(models.get(0), models.get(models.size() - 1))) {
                    LabFacts facts = new LabFacts("lab-07", version, model, "FDO2231X0QZ", 86_400 + 61,
                            LabCatalog.image(platform, version));
                    cases++;
                    Optional<String> found = detector.detect(command, LabOutputs.render(platform, facts)).platform();
                    if (!found.equals(Optional.of(platform))) {
                        misses.add(platform + " " + version + " " + model + " -> " + found.orElse("none"));
                    }
                }
            }
        }
        System.out.printf("Autodetection on lab outputs: %d/%d (%.1f%%)%n", cases - misses.size(), cases,
                100.0 * (cases - misses.size()) / cases);
        assertTrue(misses.isEmpty(), String.join("\n", misses));
    }

    @Test
    void everySharedFixtureIsDetectedAsItsTruePlatform() throws IOException {
        Path fixtures = SharedFixtures.showVersion();
        List<String> misses = new ArrayList<>();
        int cases = 0;
        for (String folder : registry.platforms()) {
            Path dir = fixtures.resolve(folder);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            List<Path> raws;
            try (Stream<Path> files = Files.list(dir)) {
                raws = files.filter(p -> p.getFileName().toString().endsWith(".raw")).sorted().toList();
            }
            for (Path raw : raws) {
                String name = raw.getFileName().toString();
                String truth = MISLABELLED.getOrDefault(name, folder);
                // The probe sends each platform's own command, so that is the command the output answers.
                String command = registry.find(truth).orElseThrow().command();
                cases++;
                PlatformDetector.Detection detection = detector.detect(command,
                        Files.readString(raw, StandardCharsets.UTF_8));
                if (!detection.platform().equals(Optional.of(truth))) {
                    misses.add(folder + "/" + name + " -> " + detection.candidates() + " confirmed "
                            + detection.confirmed().keySet() + ": " + detection.failure());
                }
            }
        }
        System.out.printf("Autodetection on shared fixtures: %d/%d (%.1f%%)%n", cases - misses.size(), cases,
                100.0 * (cases - misses.size()) / cases);
        misses.forEach(System.out::println);
        assertTrue(misses.isEmpty(), String.join("\n", misses));
    }

    @Test
    void anErrorOrUnknownOutputMatchesNothing() {
        PlatformDetector.Detection detection = detector.detect("show version",
                "% Invalid input detected at '^' marker.\n");
        assertTrue(detection.candidates().isEmpty());
        assertEquals(Optional.empty(), detection.platform());
        assertTrue(detection.failure().startsWith("autodetection found no platform"), detection.failure());
        assertTrue(detector.detect("show version", "").candidates().isEmpty());
    }

    @Test
    void aSignatureOnlyCountsForItsOwnCommand() {
        String fortigate = "Version: FortiGate-60F v7.4.8,build2795,250523 (GA.M)\nHostname: fw1\n";
        assertEquals(Optional.of("fortinet"), detector.detect("get system status", fortigate).platform());
        assertTrue(detector.detect("show version", fortigate).candidates().isEmpty());
    }

    @Test
    void aSignatureWhoseParserFailsIsNamedInTheReason() {
        PlatformDetector.Detection detection = detector.detect("show version",
                "Cisco IOS Software, but the rest of the output was cut\n");
        assertEquals(List.of("cisco_ios"), detection.candidates());
        assertEquals(Optional.empty(), detection.platform());
        assertTrue(detection.failure().contains("cisco_ios"), detection.failure());
    }

    @Test
    void aTieIsReportedWithEveryPlatformNotGuessed() {
        ParsedVersion facts = new ParsedVersion("08.0.90T211", null, null, null, null, null, null);
        PlatformDetector.Detection tie = new PlatformDetector.Detection("show version",
                List.of("brocade_fastiron", "ruckus_fastiron"),
                Map.of("brocade_fastiron", facts, "ruckus_fastiron", facts), Map.of());
        assertEquals(Optional.empty(), tie.platform());
        assertTrue(tie.failure().contains("several platforms"), tie.failure());
        assertTrue(tie.failure().contains("brocade_fastiron") && tie.failure().contains("ruckus_fastiron"));
        // With its vendor line, FastIron output is one platform's again.
        String ruckus = "  Copyright (c) Ruckus Networks, Inc. All rights reserved.\n"
                + "        SW: Version 08.0.90T211\n";
        assertNull(detector.detect("show version", ruckus).failure());
        assertEquals(Optional.of("ruckus_fastiron"), detector.detect("show version", ruckus).platform());
    }
}
