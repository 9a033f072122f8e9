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
import org.apache.sshd.common.NamedResource;
import org.apache.sshd.common.kex.BuiltinDHFactories;

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
    /** The hostile fleet's extra listeners: a server with a huge banner, and ports that never speak. */
    private final List<AutoCloseable> extras;

    private LabFleet(LabRouterServer server, List<LabRouter> routers, Path inventoryFile, List<AutoCloseable> extras) {
        this.server = server;
        this.routers = routers;
        this.inventoryFile = inventoryFile;
        this.extras = extras;
    }

    /** What the fleet looks like; see {@link LabConfig} for each field. */
    public record Settings(int devices, Duration latency, int basePort, double upgradeChance, double faultShare,
            long seed, Path directory, double hostileShare, double shellOnlyShare, double autodetectShare,
            LabHostKeys hostKeys, List<String> kex) {

        public Settings {
            kex = List.copyOf(kex);
            for (String name : kex) {
                BuiltinDHFactories factory = BuiltinDHFactories.fromFactoryName(name);
                if (factory == null || !factory.isSupported()) {
                    throw new IllegalArgumentException("driftwatch.lab.kex: no key exchange named '" + name
                            + "'; known: " + NamedResource.getNames(BuiltinDHFactories.VALUES));
                }
            }
        }

        /** A fleet whose routers offer MINA's key exchanges. */
        public Settings(int devices, Duration latency, int basePort, double upgradeChance, double faultShare,
                long seed, Path directory, double hostileShare, double shellOnlyShare, double autodetectShare,
                LabHostKeys hostKeys) {
            this(devices, latency, basePort, upgradeChance, faultShare, seed, directory, hostileShare, shellOnlyShare,
                    autodetectShare, hostKeys, List.of());
        }

        /** A fleet of Ed25519 host keys. */
        public Settings(int devices, Duration latency, int basePort, double upgradeChance, double faultShare,
                long seed, Path directory, double hostileShare, double shellOnlyShare, double autodetectShare) {
            this(devices, latency, basePort, upgradeChance, faultShare, seed, directory, hostileShare, shellOnlyShare,
                    autodetectShare, LabHostKeys.ED25519);
        }

        /** A fleet of Ed25519 host keys without hostile, shell-only or autodetect routers. */
        public Settings(int devices, Duration latency, int basePort, double upgradeChance, double faultShare,
                long seed, Path directory) {
            this(devices, latency, basePort, upgradeChance, faultShare, seed, directory, 0, 0, 0);
        }

        public static Settings of(LabConfig config) {
            return new Settings(config.devices(), config.latency(), config.basePort(), config.upgradeChance(),
                    config.faultShare(), config.seed(), config.directory(), config.hostileShare(),
                    config.shellOnlyShare(), config.autodetectShare(), config.hostKey(),
                    config.kex().orElse(List.of()));
        }

        /** The same fleet with these host keys. */
        public Settings withHostKeys(LabHostKeys keys) {
            return new Settings(devices, latency, basePort, upgradeChance, faultShare, seed, directory, hostileShare,
                    shellOnlyShare, autodetectShare, keys, kex);
        }

        /** The same fleet offering only these key exchanges. */
        public Settings withKex(List<String> names) {
            return new Settings(devices, latency, basePort, upgradeChance, faultShare, seed, directory, hostileShare,
                    shellOnlyShare, autodetectShare, hostKeys, names);
        }
    }

    /** How an exec request fares on a router of the fleet. */
    enum Exec {
        RUNS,
        REFUSED,
        NOT_SUPPORTED,
        SILENT_EXIT,
        INVALID_INPUT
    }

    /**
     * The fleet's make-up beyond platforms, router by router: how each misbehaves, how it takes exec, and whether
     * the inventory leaves its platform to autodetection.
     */
    record Makeup(List<LabHostility> hostility, List<Exec> exec, List<Boolean> autodetect) {
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
        Makeup makeup = makeup(settings, faults);
        LabHostKeyPool keys = LabHostKeyPool.of(settings.hostKeys(), settings.devices());
        Instant now = clock.instant();

        LabRouterServer server = new LabRouterServer(clock, settings.kex().isEmpty()
                ? LabRouterServer.Options.DEFAULTS
                : LabRouterServer.Options.only(settings.kex(), List.of(), List.of()));
        server.start();
        List<AutoCloseable> extras = new ArrayList<>();
        LabRouterServer bannerServer = null;
        List<LabRouter> routers = new ArrayList<>(settings.devices());
        StringBuilder devices = new StringBuilder();
        StringBuilder manifest = new StringBuilder(
                "name\tport\tplatform\tinventory_platform\thostility\texec\tversion\n");
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
                LabRouter.HostKeyType keyType = settings.hostKeys().typeOf(i);
                if (keyType != LabRouter.HostKeyType.ED25519) {
                    router.hostKey(keyType, keys.key(keyType));
                }
                Fault fault = faults.get(i);
                LabHostility hostility = makeup.hostility().get(i);
                Exec exec = makeup.exec().get(i);
                int port = settings.basePort() + i;
                if (hostility == LabHostility.SILENT_PORT) {
                    extras.add(LabPorts.silent(port));
                } else if (hostility == LabHostility.DARK_PORT) {
                    LabPorts.dark(port, extras);
                } else if (hostility == LabHostility.HUGE_BANNER) {
                    if (bannerServer == null) {
                        // MINA sends one banner per server, so the long-winded routers get a server of their own.
                        bannerServer = new LabRouterServer(clock,
                                LabRouterServer.Options.banner(LabHostility.hugeBanner()));
                        bannerServer.start();
                        extras.add(bannerServer);
                    }
                    bannerServer.serve(router, port);
                } else if (fault != Fault.PORT_CLOSED && hostility != LabHostility.CLOSED_PORT) {
                    server.serve(router, port);
                }
                if (fault == Fault.SILENT || hostility == LabHostility.HUNG_COMMAND) {
                    router.behaviour(LabRouter.Behaviour.SILENT);
                } else if (fault == Fault.GARBAGE) {
                    router.behaviour(LabRouter.Behaviour.GARBAGE);
                }
                router.hostility(hostility);
                switch (exec) {
                    case REFUSED -> router.execRefused(true);
                    case NOT_SUPPORTED -> router.execFailure(LabRouter.ExecFailure.NOT_SUPPORTED);
                    case SILENT_EXIT -> router.execFailure(LabRouter.ExecFailure.SILENT_EXIT);
                    case INVALID_INPUT -> router.execFailure(LabRouter.ExecFailure.INVALID_INPUT);
                    case RUNS -> {
                    }
                }
                routers.add(router);
                String listed = makeup.autodetect().get(i) ? "autodetect" : platform;
                boolean stale = fault == Fault.WRONG_PASSWORD || hostility == LabHostility.WRONG_PASSWORD;
                devices.append("  - { name: %s, host: 127.0.0.1, port: %d, platform: %s, credential: %s, group: %s }\n"
                        .formatted(name, port, listed, stale ? "lab-stale" : "lab", group));
                manifest.append(String.join("\t", name, String.valueOf(port), platform, listed,
                        fault != Fault.NONE ? "FAULT_" + fault : hostility.name(), exec.name(), router.version()))
                        .append('\n');
            }
        } catch (IOException | RuntimeException e) {
            server.close();
            for (AutoCloseable extra : extras) {
                closeQuietly(extra);
            }
            throw e;
        }
        Path inventory = writeInventory(settings.directory(), password, devices);
        writePolicy(settings.directory());
        // What each router was made to do, for a benchmark to hold the daemon's verdicts against.
        Files.writeString(settings.directory().resolve("fleet.tsv"), manifest);
        return new LabFleet(server, List.copyOf(routers), inventory, List.copyOf(extras));
    }

    /**
     * Hands out the hostile kinds, an even share each, to routers without an older fault; then the shell-only
     * routers among those that behave, half refusing exec and half failing it; then autodetection over the whole
     * fleet. A random of its own keeps the rest of the fleet as it was for the same seed.
     */
    static Makeup makeup(Settings settings, List<Fault> faults) {
        int n = settings.devices();
        Random random = new Random(settings.seed() * 31 + 11);
        List<Integer> free = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (faults.get(i) == Fault.NONE) {
                free.add(i);
            }
        }
        Collections.shuffle(free, random);
        int hostile = (int) Math.round(n * settings.hostileShare());
        int shellOnly = (int) Math.round(n * settings.shellOnlyShare());
        if (hostile + shellOnly > free.size()) {
            throw new IllegalArgumentException("hostile-share and shell-only-share ask for " + (hostile + shellOnly)
                    + " routers, but only " + free.size() + " of " + n + " are free of other faults");
        }
        List<LabHostility> hostility = new ArrayList<>(Collections.nCopies(n, LabHostility.NONE));
        for (int k = 0; k < hostile; k++) {
            hostility.set(free.get(k), LabHostility.KINDS.get(k % LabHostility.KINDS.size()));
        }
        Exec[] shellKinds = {Exec.REFUSED, Exec.NOT_SUPPORTED, Exec.REFUSED, Exec.SILENT_EXIT, Exec.REFUSED,
                Exec.INVALID_INPUT};
        List<Exec> exec = new ArrayList<>(Collections.nCopies(n, Exec.RUNS));
        for (int k = 0; k < shellOnly; k++) {
            exec.set(free.get(hostile + k), shellKinds[k % shellKinds.length]);
        }
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            all.add(i);
        }
        Collections.shuffle(all, random);
        List<Boolean> autodetect = new ArrayList<>(Collections.nCopies(n, false));
        for (int k = 0; k < Math.round(n * settings.autodetectShare()); k++) {
            autodetect.set(all.get(k), true);
        }
        return new Makeup(List.copyOf(hostility), List.copyOf(exec), List.copyOf(autodetect));
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            // Closing on a failed start: the first error is the one worth reporting.
        }
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
        for (AutoCloseable extra : extras) {
            closeQuietly(extra);
        }
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

    enum Fault {
        NONE,
        WRONG_PASSWORD,
        PORT_CLOSED,
        SILENT,
        GARBAGE
    }

    /** Which routers misbehave: an even share of each fault, spread over the fleet by the seed. */
    static List<Fault> faults(Settings settings, Random random) {
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
