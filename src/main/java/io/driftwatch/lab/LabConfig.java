package io.driftwatch.lab;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The built-in lab fleet of simulated routers, for the demo, the tests and the benchmark. */
@ConfigMapping(prefix = "driftwatch.lab")
public interface LabConfig {

    /** Start the simulated fleet inside the daemon (the {@code lab} profile turns it on). */
    @WithDefault("false")
    boolean enabled();

    /** How many routers the fleet has (1 to 10,000). */
    @WithDefault("50")
    int devices();

    /** How long each router takes to answer its version command. */
    @WithDefault("200ms")
    Duration latency();

    /** First loopback port; router {@code i} listens on {@code base-port + i}. */
    @WithDefault("20000")
    int basePort();

    /** Chance that a router upgrades after answering a poll, so drift shows up in the demo. */
    @WithDefault("0.05")
    double upgradeChance();

    /** Share of routers that misbehave (wrong password, port closed, no answer, garbage output). */
    @WithDefault("0.06")
    double faultShare();

    /**
     * Share of routers that misbehave the hostile ways (wrong password, closed port, silent port, dark port, hung
     * command, slow drip, hang-up half-way, 5 MiB output, invalid UTF-8, 64 KiB banner, control characters, endless
     * output, backtracking-shaped output), split evenly between the thirteen kinds; 0.39 gives each kind 3% of the
     * fleet.
     */
    @WithDefault("0")
    double hostileShare();

    /**
     * Share of routers that only answer through their interactive shell: half refuse exec, half accept it and
     * answer with a failure ({@code % exec not supported, use a shell}, nothing, or {@code % Invalid input}).
     */
    @WithDefault("0")
    double shellOnlyShare();

    /** Share of routers the inventory lists with {@code platform: autodetect}. */
    @WithDefault("0")
    double autodetectShare();

    /**
     * Host key type of the routers: {@code ed25519}, {@code ecdsa} (P-256), {@code rsa} (2048 bits) or {@code mix}
     * (the three in turn by router).
     */
    @WithDefault("ed25519")
    LabHostKeys hostKey();

    /**
     * Key exchanges the routers offer, by their SSH names, instead of MINA's: {@code diffie-hellman-group14-sha256}
     * alone plays a fleet of older routers without elliptic curves.
     */
    Optional<List<String>> kex();

    /** Seed of the fleet's make-up, so two runs with the same settings build the same fleet. */
    @WithDefault("42")
    long seed();

    /** Folder where the fleet writes its inventory file and password file. */
    @WithDefault("data/lab")
    Path directory();
}
