package io.driftwatch.lab;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.util.security.SecurityUtils;

/**
 * One simulated router: its login, host key, facts and how it misbehaves. Thread-safe: sessions of the same
 * router can overlap, and the version may change between them.
 */
public final class LabRouter {

    /** How the router answers, so every poll status can be provoked for real. */
    public enum Behaviour {
        /** Replies with its version output after the configured latency. */
        NORMAL,
        /** Accepts the command and never replies. */
        SILENT,
        /** Replies with text no parser understands. */
        GARBAGE
    }

    /** Host key algorithms routers use in the field. */
    public enum HostKeyType {
        ED25519,
        ECDSA,
        RSA
    }

    private final String name;
    private final String platform;
    private final String command;
    private final String model;
    private final String serial;
    private final String username;
    private final String password;
    private final List<String> versionTrain;
    private final Random random;
    private volatile int versionIndex;
    private volatile Instant bootedAt;
    private volatile HostKeyType hostKeyType = HostKeyType.ED25519;
    private volatile KeyPair hostKey;
    private volatile Behaviour behaviour = Behaviour.NORMAL;
    private volatile Duration latency;
    private volatile double upgradeChance;
    private volatile String hostnameOverride;
    private volatile PublicKey authorizedKey;
    private volatile boolean execRefused;
    private volatile Pager pager = Pager.NONE;
    private final AtomicInteger pagerPrompts = new AtomicInteger();
    private volatile String enableSecret;
    private volatile ExecFailure execFailure = ExecFailure.NONE;
    private volatile LabHostility hostility = LabHostility.NONE;
    private final AtomicInteger execRequests = new AtomicInteger();

    LabRouter(String name, String platform, String command, String model, String serial, String username,
            String password, List<String> versionTrain, int versionIndex, Instant bootedAt, Duration latency,
            long seed) {
        this.name = name;
        this.platform = platform;
        this.command = command;
        this.model = model;
        this.serial = serial;
        this.username = username;
        this.password = password;
        this.versionTrain = List.copyOf(versionTrain);
        this.versionIndex = versionIndex;
        this.bootedAt = bootedAt;
        this.latency = latency;
        this.random = new Random(seed);
        this.hostKey = newHostKey(hostKeyType);
    }

    /** A well-behaved router at the oldest version of its train, booted a day ago, answering after {@code latency}. */
    public static LabRouter of(String name, String platform, String command, String username, String password,
            Duration latency, Instant now) {
        List<String> models = LabCatalog.models(platform);
        return new LabRouter(name, platform, command, models.get(0), "LAB" + Integer.toHexString(name.hashCode()),
                username, password, LabCatalog.versionTrain(platform), 0, now.minus(Duration.ofDays(1)), latency,
                name.hashCode());
    }

    public String name() {
        return name;
    }

    public String platform() {
        return platform;
    }

    public String command() {
        return command;
    }

    public String version() {
        return versionTrain.get(versionIndex);
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    public KeyPair hostKey() {
        return hostKey;
    }

    public Behaviour behaviour() {
        return behaviour;
    }

    public Duration latency() {
        return latency;
    }

    public void behaviour(Behaviour behaviour) {
        this.behaviour = behaviour;
    }

    public void latency(Duration latency) {
        this.latency = latency;
    }

    /** Chance, per answered poll, that the router then upgrades to the next version of its train. */
    public void upgradeChance(double chance) {
        this.upgradeChance = chance;
    }

    /** Lets this key log in as the router's user, like an entry in authorized_keys. */
    public void authorizedKey(PublicKey key) {
        this.authorizedKey = key;
    }

    boolean accepts(String user, PublicKey key) {
        PublicKey authorized = authorizedKey;
        return authorized != null && username.equals(user) && KeyUtils.compareKeys(authorized, key);
    }

    /** Refuses exec requests, like routers that only offer an interactive shell. */
    public void execRefused(boolean refused) {
        this.execRefused = refused;
    }

    public boolean execRefused() {
        return execRefused;
    }

    /** How a router that accepts the exec channel can still refuse to run the command, as many do. */
    public enum ExecFailure {
        /** Runs the command. */
        NONE,
        /** Answers {@code % exec not supported, use a shell} on stderr with exit status 1. */
        NOT_SUPPORTED,
        /** Prints nothing and exits 0. */
        SILENT_EXIT,
        /** Prints only {@code % Invalid input detected at '^' marker.} and exits 0. */
        INVALID_INPUT
    }

    /** Accepts exec requests but answers them with this failure; the shell still works. */
    public void execFailure(ExecFailure failure) {
        this.execFailure = failure;
    }

    public ExecFailure execFailure() {
        return execFailure;
    }

    /** How the router misbehaves in the hostile fleet; the output kinds are played by its version command. */
    public void hostility(LabHostility hostility) {
        this.hostility = hostility;
    }

    public LabHostility hostility() {
        return hostility;
    }

    /** Exec requests received so far, refused or failed ones included. */
    public int execRequests() {
        return execRequests.get();
    }

    void countExecRequest() {
        execRequests.incrementAndGet();
    }

    /** Whether the shell pages long output with {@code --More--}. */
    public enum Pager {
        /** Prints everything at once. */
        NONE,
        /** Pages until the platform's paging command ({@code terminal length 0}, ...) turns it off. */
        UNTIL_DISABLED,
        /** Pages whatever the client asks, as some old images do. */
        ALWAYS
    }

    public void pager(Pager pager) {
        this.pager = pager;
    }

    public Pager pager() {
        return pager;
    }

    /** How many {@code --More--} markers the shell has shown so far. */
    public int pagerPrompts() {
        return pagerPrompts.get();
    }

    void countPagerPrompt() {
        pagerPrompts.incrementAndGet();
    }

    /** Makes the shell answer the version command only after {@code enable} with this secret; null for no such step. */
    public void enableSecret(String secret) {
        this.enableSecret = secret;
    }

    public String enableSecret() {
        return enableSecret;
    }

    /** Shows this text as the hostname, e.g. to check that hostile text stays text. */
    public void hostname(String hostname) {
        this.hostnameOverride = hostname;
    }

    /** Moves to the next version of the train (wrapping to the oldest) and reboots. */
    public synchronized void upgrade(Instant now) {
        versionIndex = (versionIndex + 1) % versionTrain.size();
        bootedAt = now;
    }

    /** Restarts on the same version: the uptime starts again from zero. */
    public void reboot(Instant now) {
        bootedAt = now;
    }

    /** A firmware reinstall: new host key, same everything else. */
    public void rotateHostKey() {
        this.hostKey = newHostKey(hostKeyType);
    }

    /** Goes back to an earlier host key, as when a stand-in that answered for this router is gone. */
    public void hostKey(KeyPair key) {
        this.hostKey = key;
    }

    /** Switches to a new host key of another type (Ed25519 by default). */
    public void hostKeyType(HostKeyType type) {
        this.hostKeyType = type;
        rotateHostKey();
    }

    /** Presents this key of {@code type} from now on; a later rotation makes a new key of that type. */
    void hostKey(HostKeyType type, KeyPair key) {
        this.hostKeyType = type;
        this.hostKey = key;
    }

    /** The version command's output as the router prints it now. */
    String versionOutput(Instant now) {
        String hostname = hostnameOverride != null ? hostnameOverride : name;
        long uptime = Math.max(60, Duration.between(bootedAt, now).toSeconds());
        String version = version();
        return LabOutputs.render(platform, new LabFacts(hostname, version, model, serial, uptime,
                LabCatalog.image(platform, version)));
    }

    /** Called after each answered poll; upgrades now and then so the demo shows drift. */
    void afterReply(Instant now) {
        double chance = upgradeChance;
        if (chance > 0) {
            boolean upgrade;
            synchronized (random) {
                upgrade = random.nextDouble() < chance;
            }
            if (upgrade) {
                upgrade(now);
            }
        }
    }

    static KeyPair newHostKey(HostKeyType type) {
        try {
            return switch (type) {
                case ED25519 -> generate(SecurityUtils.EDDSA, 256);
                case ECDSA -> generate("EC", 256);
                case RSA -> generate("RSA", 2048);
            };
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot make a " + type + " host key: " + e.getMessage(), e);
        }
    }

    private static KeyPair generate(String algorithm, int size) throws GeneralSecurityException {
        KeyPairGenerator generator = SecurityUtils.getKeyPairGenerator(algorithm);
        generator.initialize(size);
        return generator.generateKeyPair();
    }
}
