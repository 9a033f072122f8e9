package io.driftwatch.cli;

import io.driftwatch.lab.LabFleet;
import io.driftwatch.lab.LabHostKeys;
import io.driftwatch.parsing.ParserRegistry;
import io.quarkus.runtime.configuration.DurationConverter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * {@code lab [--devices N] [--latency 500ms] [--base-port P] [--dir D] [--upgrade-chance X] [--fault-share X]
 * [--seed S] [--hostile-share X] [--shell-only-share X] [--autodetect-share X] [--host-key ed25519|ecdsa|rsa|mix]
 * [--kex NAME,...]}:
 * runs the simulated fleet as a process of its own, so its cost can be measured apart from the daemon's or placed on
 * another machine. Writes an ordinary inventory file and serves until stopped.
 */
final class LabCommand {

    private final PrintStream out;
    private final PrintStream err;

    LabCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(String[] args) {
        int devices = 50;
        Duration latency = Duration.ofMillis(200);
        int basePort = 20000;
        Path directory = Path.of("data/lab");
        double upgradeChance = 0;
        double faultShare = 0;
        long seed = 42;
        double hostileShare = 0;
        double shellOnlyShare = 0;
        double autodetectShare = 0;
        LabHostKeys hostKeys = LabHostKeys.ED25519;
        List<String> kex = List.of();
        try {
            for (int i = 0; i < args.length; i++) {
                String value = i + 1 < args.length ? args[i + 1] : null;
                switch (args[i]) {
                    case "--devices" -> devices = Integer.parseInt(value);
                    case "--latency" -> latency = duration(value);
                    case "--base-port" -> basePort = Integer.parseInt(value);
                    case "--dir" -> directory = Path.of(value);
                    case "--upgrade-chance" -> upgradeChance = Double.parseDouble(value);
                    case "--fault-share" -> faultShare = Double.parseDouble(value);
                    case "--seed" -> seed = Long.parseLong(value);
                    case "--hostile-share" -> hostileShare = Double.parseDouble(value);
                    case "--shell-only-share" -> shellOnlyShare = Double.parseDouble(value);
                    case "--autodetect-share" -> autodetectShare = Double.parseDouble(value);
                    case "--host-key" -> hostKeys = LabHostKeys.parse(value, "--host-key");
                    case "--kex" -> kex = List.of(value.split(","));
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
                i++;
            }
        } catch (RuntimeException e) {
            err.println(e.getMessage() + "\nusage: lab [--devices N] [--latency 500ms] [--base-port P] [--dir D]"
                    + " [--upgrade-chance X] [--fault-share X] [--seed S] [--hostile-share X]"
                    + " [--shell-only-share X] [--autodetect-share X] [--host-key ed25519|ecdsa|rsa|mix]"
                    + " [--kex NAME,...]");
            return 2;
        }
        LabFleet.Settings settings;
        try {
            settings = new LabFleet.Settings(devices, latency, basePort, upgradeChance, faultShare, seed, directory,
                    hostileShare, shellOnlyShare, autodetectShare, hostKeys, kex);
        } catch (IllegalArgumentException e) {
            err.println("lab fleet could not start: " + e.getMessage());
            return 2;
        }
        try {
            LabFleet fleet = LabFleet.start(settings, ParserRegistry.standard(), Clock.systemUTC());
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    fleet.close();
                } catch (IOException e) {
                    err.println("lab fleet did not stop cleanly: " + e.getMessage());
                }
                stopped.countDown();
            }));
            out.printf("lab fleet ready: %d routers on 127.0.0.1:%d-%d, %d ms latency, %s host keys, key exchanges %s,"
                    + " inventory %s%n", devices, basePort, basePort + devices - 1, latency.toMillis(),
                    hostKeys.spelling(), kex.isEmpty() ? "MINA's" : String.join(",", kex),
                    fleet.inventoryFile().toAbsolutePath());
            out.flush();
            stopped.await();
            return 0;
        } catch (IOException | IllegalArgumentException e) {
            err.println("lab fleet could not start: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    /** The grammar of the duration settings, Quarkus's own: {@code 500ms}, {@code 2s} or ISO-8601. */
    private static Duration duration(String text) {
        Duration duration = text == null ? null : DurationConverter.parseDuration(text);
        if (duration == null) {
            throw new IllegalArgumentException("--latency needs a duration such as 500ms");
        }
        return duration;
    }
}
