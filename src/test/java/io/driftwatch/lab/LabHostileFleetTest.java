package io.driftwatch.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.driftwatch.parsing.ParserRegistry;
import io.driftwatch.testing.FreePorts;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hostile lab fleet hands out each kind of misbehaviour as configured, and plays it for real. */
class LabHostileFleetTest {

    @Test
    void eachHostileKindGetsItsShareAndShellOnlyAndAutodetectTheirs(@TempDir Path directory) {
        LabFleet.Settings settings = new LabFleet.Settings(300, Duration.ZERO, 20000, 0, 0, 42, directory, 0.39, 0.1,
                0.1);
        LabFleet.Makeup makeup = LabFleet.makeup(settings, noFaults(300));

        Map<LabHostility, Long> kinds = makeup.hostility().stream()
                .collect(Collectors.groupingBy(Function.identity(), () -> new EnumMap<>(LabHostility.class),
                        Collectors.counting()));
        assertEquals(13, LabHostility.KINDS.size());
        for (LabHostility kind : LabHostility.KINDS) {
            assertEquals(9L, kinds.get(kind), kind + ": 3% of 300 routers");
        }
        assertEquals(300L - 117, kinds.get(LabHostility.NONE));

        Map<LabFleet.Exec, Long> exec = makeup.exec().stream()
                .collect(Collectors.groupingBy(Function.identity(), () -> new EnumMap<>(LabFleet.Exec.class),
                        Collectors.counting()));
        assertEquals(Map.of(LabFleet.Exec.RUNS, 270L, LabFleet.Exec.REFUSED, 15L, LabFleet.Exec.NOT_SUPPORTED, 5L,
                LabFleet.Exec.SILENT_EXIT, 5L, LabFleet.Exec.INVALID_INPUT, 5L), exec);
        for (int i = 0; i < 300; i++) {
            assertTrue(makeup.exec().get(i) == LabFleet.Exec.RUNS || makeup.hostility().get(i) == LabHostility.NONE,
                    "shell-only routers behave otherwise, so their status shows the shell worked");
        }
        assertEquals(30, makeup.autodetect().stream().filter(a -> a).count());
        // The same seed makes the same fleet.
        assertEquals(makeup, LabFleet.makeup(settings, noFaults(300)));
    }

    @Test
    void byDefaultNobodyIsHostile(@TempDir Path directory) {
        LabFleet.Settings settings = new LabFleet.Settings(300, Duration.ZERO, 20000, 0, 0.06, 42, directory);
        List<LabFleet.Fault> faults = LabFleet.faults(settings, new Random(42));
        LabFleet.Makeup makeup = LabFleet.makeup(settings, faults);
        assertTrue(makeup.hostility().stream().allMatch(h -> h == LabHostility.NONE));
        assertTrue(makeup.exec().stream().allMatch(e -> e == LabFleet.Exec.RUNS));
        assertTrue(makeup.autodetect().stream().noneMatch(a -> a));
    }

    @Test
    void sharesThatDoNotFitAreRefused(@TempDir Path directory) {
        LabFleet.Settings settings = new LabFleet.Settings(100, Duration.ZERO, 20000, 0, 0.5, 42, directory, 0.4,
                0.2, 0);
        List<LabFleet.Fault> faults = LabFleet.faults(settings, new Random(42));
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> LabFleet.makeup(settings, faults));
        assertTrue(refused.getMessage().contains("only 50 of 100"), refused.getMessage());
    }

    @Test
    void aStartedFleetListsWhatEachRouterDoesItsSilentPortsNeverSpeakAndItsDarkPortsNeverConnect(
            @TempDir Path directory) throws Exception {
        int routers = 26;
        int basePort = FreePorts.range(routers);
        LabFleet.Settings settings = new LabFleet.Settings(routers, Duration.ZERO, basePort, 0, 0, 7, directory, 0.5,
                0.25, 0.25);
        try (LabFleet fleet = LabFleet.start(settings, ParserRegistry.standard(), Clock.systemUTC())) {
            List<String> lines = Files.readAllLines(directory.resolve("fleet.tsv"));
            assertEquals(routers + 1, lines.size());
            Map<String, String[]> rows = lines.stream().skip(1).map(l -> l.split("\t"))
                    .collect(Collectors.toMap(r -> r[0], r -> r));
            for (LabRouter router : fleet.routers()) {
                String[] row = rows.get(router.name());
                assertEquals(router.hostility().name(), row[4], router.name());
                assertEquals(router.version(), row[6]);
            }
            for (LabHostility kind : LabHostility.KINDS) {
                assertEquals(1, fleet.routers().stream().filter(r -> r.hostility() == kind).count(), kind.name());
            }
            String inventory = Files.readString(fleet.inventoryFile());
            assertEquals(7, inventory.split("platform: autodetect", -1).length - 1);
            assertEquals(1, inventory.split("credential: lab-stale", -1).length - 1);

            int silent = Integer.parseInt(rows.values().stream().filter(r -> r[4].equals("SILENT_PORT"))
                    .findFirst().orElseThrow()[1]);
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", silent), 2000);
                socket.setSoTimeout(500);
                InputStream in = socket.getInputStream();
                assertThrows(SocketTimeoutException.class, in::read, "a silent port sends no SSH banner");
            }
            int dark = Integer.parseInt(rows.values().stream().filter(r -> r[4].equals("DARK_PORT"))
                    .findFirst().orElseThrow()[1]);
            try (Socket socket = new Socket()) {
                assertThrows(SocketTimeoutException.class,
                        () -> socket.connect(new InetSocketAddress("127.0.0.1", dark), 1500),
                        "a dark port never completes the TCP handshake");
            }
        }
    }

    private static List<LabFleet.Fault> noFaults(int n) {
        return Collections.nCopies(n, LabFleet.Fault.NONE);
    }
}
