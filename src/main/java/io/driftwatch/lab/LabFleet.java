package io.driftwatch.lab;

import io.driftwatch.parsing.ParserRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A whole simulated fleet: routers of every supported platform on consecutive loopback ports, a few of them
 * misbehaving, and an ordinary inventory file that points the daemon at them.
 */
public final class LabFleet implements AutoCloseable {

    /** Platforms in rough proportion to a real enterprise fleet. */
    private static final Map<String, Integer> WEIGHTS = Map.of(
            "cisco_ios", 4, "cisco_nxos", 2, "juniper_junos", 2, "arista_eos", 1, "cisco_xr", 1);
    private static final Map<String, String> GROUPS = Map.of(
            "cisco_ios", "campus", "cisco_nxos", "datacenter", "juniper_junos", "edge", "arista_eos", "datacenter",
            "cisco_xr", "core");

    private final LabRouterServer server;
    private final List<LabRouter> routers;
    private final Path inventoryFile;

    private LabFleet(LabRouterServer server, List<LabRouter> routers, Path inventoryFile) {
        this.server = server;
        this.routers = routers;
        this.inventoryFile = inventoryFile;
    }

    /** What the fleet looks like; see {@link LabConfig} for each field. */
    public record Settings(int devices, Duration latency, int basePort, double upgradeChance, double faultShare,
            long seed, Path directory) {

        public static Settings of(LabConfig config) {
            return new Settings(config.devices(), config.latency(), config.basePort(), config.upgradeChance(),
                    config.faultShare(), config.seed(), config.directory());
        }
    }

    public static LabFleet start(Settings settings, ParserRegistry parsers, Clock clock) throws IOException {
        if (settings.devices() < 1 || settings.devices() > 10_000) {
            throw new IllegalArgumentException("driftwatch.lab.devices must be between 1 and 10000, not "
                    + settings.devices());
        }
        Random random = new Random(settings.seed());
        List<String> mix = platformMix(parsers);
        String password = HexFormat.of().formatHex(new SecureRandom().generateSeed(12));
        List<Fault> faults = faults(settings, random);
        Instant now = clock.instant();

        LabRouterServer server = new LabRouterServer(clock);
        server.start();
        List<LabRouter> routers = new ArrayList<>(settings.devices());
        StringBuilder devices = new StringBuilder();
        try {
            for (int i = 0; i < settings.devices(); i++) {
                String platform = mix.get(i % mix.size());
                List<String> train = LabCatalog.versionTrain(platform);
                List<String> models = LabCatalog.models(platform);
                String group = GROUPS.getOrDefault(platform, "access");
                String name = "%s-%s-%04d".formatted(group, shortName(platform), i + 1);
                LabRouter router = new LabRouter(name, platform, parsers.find(platform).orElseThrow().command(),
                        models.get(random.nextInt(models.size())), serial(platform, random), "lab", password, train,
                        random.nextInt(Math.max(1, train.size() - 2)),
                        now.minus(Duration.ofMinutes(30 + random.nextInt(600_000))), settings.latency(),
                        random.nextLong());
                router.upgradeChance(settings.upgradeChance());
                Fault fault = faults.get(i);
                int port = settings.basePort() + i;
                if (fault != Fault.PORT_CLOSED) {
                    server.serve(router, port);
                }
                if (fault == Fault.SILENT) {
                    router.behaviour(LabRouter.Behaviour.SILENT);
                } else if (fault == Fault.GARBAGE) {
                    router.behaviour(LabRouter.Behaviour.GARBAGE);
                }
                routers.add(router);
                devices.append("  - { name: %s, host: 127.0.0.1, port: %d, platform: %s, credential: %s, group: %s }\n"
                        .formatted(name, port, platform, fault == Fault.WRONG_PASSWORD ? "lab-stale" : "lab",
                                group));
            }
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
        Path inventory = writeInventory(settings.directory(), password, devices);
        writePolicy(settings.directory());
        return new LabFleet(server, List.copyOf(routers), inventory);
    }

    public Path inventoryFile() {
        return inventoryFile;
    }

    public List<LabRouter> routers() {
        return routers;
    }

    public LabRouterServer server() {
        return server;
    }

    @Override
    public void close() throws IOException {
        server.close();
    }

    private static Path writeInventory(Path directory, String password, CharSequence devices) throws IOException {
        Files.createDirectories(directory);
        Path passwordFile = directory.resolve("password").toAbsolutePath();
        Path stalePasswordFile = directory.resolve("stale-password").toAbsolutePath();
        Files.writeString(passwordFile, password + "\n");
        Files.writeString(stalePasswordFile, "expired-" + password + "\n");
        Path inventory = directory.resolve("inventory.yaml");
        Files.writeString(inventory, """
                # Generated by the Driftwatch lab fleet at each start; edits are overwritten.
                credentials:
                  lab: { username: lab, password: ${file:%s} }
                  lab-stale: { username: lab, password: ${file:%s} }
                devices:
                %s""".formatted(passwordFile, stalePasswordFile, devices));
        return inventory;
    }

    /**
     * A golden-version policy beside the inventory: the newest two releases of each main platform's train are
     * approved, so most of the fleet starts non-compliant and becomes compliant as its routers upgrade.
     */
    private static void writePolicy(Path directory) throws IOException {
        StringBuilder rules = new StringBuilder();
        for (String platform : WEIGHTS.keySet().stream().sorted().toList()) {
            List<String> train = LabCatalog.versionTrain(platform);
            rules.append("  - { platform: %s, versions: [\">= %s\"] }\n"
                    .formatted(platform, train.get(train.size() - 2)));
        }
        Files.writeString(directory.resolve("policy.yaml"), """
                # Generated by the Driftwatch lab fleet at each start; edits are overwritten.
                rules:
                %s""".formatted(rules));
    }

    private enum Fault {
        NONE, WRONG_PASSWORD, PORT_CLOSED, SILENT, GARBAGE
    }

    /** Which routers misbehave: an even share of each fault, spread over the fleet by the seed. */
    private static List<Fault> faults(Settings settings, Random random) {
        int faulty = (int) Math.round(settings.devices() * settings.faultShare());
        Fault[] kinds = {Fault.WRONG_PASSWORD, Fault.PORT_CLOSED, Fault.SILENT, Fault.GARBAGE};
        List<Fault> faults = new ArrayList<>(Collections.nCopies(settings.devices(), Fault.NONE));
        for (int i = 0; i < faulty; i++) {
            faults.set(i, kinds[i % kinds.length]);
        }
        Collections.shuffle(faults, random);
        return faults;
    }

    private static List<String> platformMix(ParserRegistry parsers) {
        List<String> mix = new ArrayList<>();
        for (String platform : LabOutputs.platforms()) {
            if (parsers.find(platform).isPresent()) {
                mix.addAll(Collections.nCopies(WEIGHTS.getOrDefault(platform, 1), platform));
            }
        }
        if (mix.isEmpty()) {
            throw new IllegalStateException("no platform has both a parser and a lab output");
        }
        Collections.sort(mix);
        return mix;
    }

    private static String shortName(String platform) {
        return switch (platform) {
            case "cisco_ios" -> "ios";
            case "cisco_nxos" -> "nxos";
            case "cisco_xr" -> "xr";
            case "juniper_junos" -> "junos";
            case "arista_eos" -> "eos";
            default -> platform.substring(platform.indexOf('_') + 1).replaceAll("[^a-z0-9]", "");
        };
    }

    private static String serial(String platform, Random random) {
        String prefix = switch (platform) {
            case "cisco_ios", "cisco_nxos", "cisco_xr" -> "FOC";
            case "arista_eos" -> "JPE";
            case "juniper_junos" -> "JN1";
            default -> "LAB";
        };
        StringBuilder serial = new StringBuilder(prefix);
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";
        for (int i = 0; i < 8; i++) {
            serial.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return serial.toString();
    }
}
