package io.driftwatch.polling;

import io.driftwatch.drift.DriftDetector;
import io.driftwatch.drift.PolicyService;
import io.driftwatch.history.Bastion;
import io.driftwatch.history.BastionRepository;
import io.driftwatch.history.Device;
import io.driftwatch.history.DeviceRepository;
import io.driftwatch.history.DriftEventRepository;
import io.driftwatch.inventory.Credential;
import io.driftwatch.inventory.DeviceSpec;
import io.driftwatch.inventory.GroupOptions;
import io.driftwatch.inventory.Inventory;
import io.driftwatch.parsing.ParserRegistry;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.KeyPair;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Brings the device table in line with the inventory and turns each device into a {@link PollTarget}, so the
 * parallel part of a sweep needs nothing from the database.
 */
@ApplicationScoped
public class SweepPlanner {

    private final DeviceRepository devices;
    private final ParserRegistry parsers;
    private final IdentityLoader identityLoader;
    private final SshConfig sshConfig;
    private final Clock clock;
    private final DriftEventRepository driftEvents;
    private final PolicyService policies;
    private final BastionRepository bastions;
    private final DriftDetector detector;

    public SweepPlanner(DeviceRepository devices, ParserRegistry parsers, IdentityLoader identityLoader,
            SshConfig sshConfig, Clock clock, DriftEventRepository driftEvents, PolicyService policies,
            BastionRepository bastions, DriftDetector detector) {
        this.bastions = bastions;
        this.devices = devices;
        this.parsers = parsers;
        this.identityLoader = identityLoader;
        this.sshConfig = sshConfig;
        this.clock = clock;
        this.driftEvents = driftEvents;
        this.policies = policies;
        this.detector = detector;
    }

    /**
     * Brings the device table in line with the inventory, reporting devices that joined, came back or left, and
     * re-reads the compliance policy so the whole sweep is judged by one version of it.
     */
    @Transactional
    public List<PollTarget> plan(long sweepId, Inventory inventory) {
        Batches batches = batches(inventory);
        List<Device> synced = sync(sweepId, inventory);
        Map<String, Bastion> bastionRows = bastionRows();
        List<PollTarget> targets = new ArrayList<>(synced.size());
        for (Device device : synced) {
            targets.add(target(batches.specs().get(device.name), batches, device, bastionRows));
        }
        return targets;
    }

    /**
     * What every batch of one sweep on this replica shares: the policy re-read once, known_hosts, and the login slots
     * of credentials with {@code max-sessions} (per replica).
     */
    public Batches batches(Inventory inventory) {
        policies.reload();
        KnownHosts knownHosts = sshConfig.hostKeyMode() == SshConfig.HostKeyMode.STRICT
                ? KnownHosts.read(sshConfig.knownHosts().orElseThrow(() -> new IllegalStateException(
                        "driftwatch.ssh.host-key-mode=strict needs driftwatch.ssh.known-hosts")))
                : null;
        // Fresh permits per sweep: only one sweep runs at a time, and a changed max-sessions applies at once.
        Map<String, PollTarget.LoginSlots> logins = new HashMap<>();
        for (Credential credential : inventory.credentials().values()) {
            if (credential.maxSessions() != null) {
                logins.put(credential.name(), new PollTarget.LoginSlots(credential.name(), credential.maxSessions(),
                        new Semaphore(credential.maxSessions(), true)));
            }
        }
        Map<String, DeviceSpec> specs = inventory.devices().stream()
                .collect(Collectors.toMap(DeviceSpec::name, Function.identity()));
        return new Batches(inventory, specs, knownHosts, logins);
    }

    /**
     * Targets for devices a replica claimed from a cluster sweep. A device missing from this replica's inventory
     * (replicas read different files) is answered with an error that says so, rather than left to others.
     */
    @Transactional
    public List<PollTarget> targets(Batches batches, List<Long> deviceIds) {
        Map<String, Bastion> bastionRows = bastionRows();
        List<PollTarget> targets = new ArrayList<>(deviceIds.size());
        for (Device device : devices.byIds(deviceIds)) {
            DeviceSpec spec = batches.specs().get(device.name);
            targets.add(spec != null ? target(spec, batches, device, bastionRows)
                    : PollTarget.to(device.id, device.name, device.host, device.port)
                            .platform(device.platform, null, null).login("", null, List.of())
                            .setupError("device " + device.name + " is not in this replica's inventory; every replica"
                                    + " must read the same inventory")
                            .build());
        }
        return targets;
    }

    /**
     * Brings the device table in line with the inventory and returns the inventory's devices, in its order.
     */
    @Transactional
    public List<Device> sync(long sweepId, Inventory inventory) {
        Map<String, Device> known = devices.listAll().stream()
                .collect(Collectors.toMap(d -> d.name, Function.identity()));
        // A fleet's first sweep is a baseline: nobody wants 10,000 NEW_DEVICE alerts on day one.
        boolean firstSweepEver = known.isEmpty();
        Instant now = clock.instant();
        Map<String, Bastion> bastionRows = bastionRows();
        List<Device> synced = new ArrayList<>(inventory.devices().size());
        for (DeviceSpec spec : inventory.devices()) {
            Device device = known.remove(spec.name());
            if (device == null) {
                device = new Device();
                device.name = spec.name();
                device.addedAt = now;
                apply(spec, device);
                devices.persist(device);
                arrived(sweepId, device, firstSweepEver, null, now);
            } else {
                Instant removedAt = device.inInventory ? null : device.removedAt;
                boolean returning = !device.inInventory;
                apply(spec, device);
                if (returning) {
                    arrived(sweepId, device, false, removedAt != null ? removedAt : now, now);
                }
            }
            GroupOptions.JumpHost jumpHost = inventory.optionsOf(spec).jumpHost();
            device.jumpHost = jumpHost == null ? null : bastion(jumpHost, bastionRows).address;
            synced.add(device);
        }
        for (Device gone : known.values()) {
            if (gone.inInventory) {
                gone.inInventory = false;
                gone.removedAt = now;
                Log.infof("Device %s left the inventory; its history is kept", gone.name);
                driftEvents.record(DriftRecorder.event(gone.id, detector.left(new DriftDetector.Departure(
                        gone.platform, gone.host, gone.port, gone.group, gone.version)), sweepId, now));
            }
        }
        return synced;
    }

    private Map<String, Bastion> bastionRows() {
        return bastions.listAll().stream().collect(Collectors.toMap(b -> b.address, Function.identity()));
    }

    private void arrived(long sweepId, Device device, boolean firstSweepEver, Instant removedAt, Instant now) {
        detector.joined(new DriftDetector.Arrival(firstSweepEver, removedAt, device.platform, device.host,
                device.port, device.group))
                .ifPresent(drift -> driftEvents.record(DriftRecorder.event(device.id, drift, sweepId, now)));
    }

    private static void apply(DeviceSpec spec, Device device) {
        device.host = spec.host();
        device.port = spec.port();
        device.platform = spec.platform();
        if (!spec.autodetect()) {
            device.detectedPlatform = null;
        }
        device.group = spec.group();
        device.credentialName = spec.credential();
        device.inInventory = true;
        device.removedAt = null;
    }

    /** The bastion's row, made on first sight so that its first key can be pinned in place by any poll. */
    private Bastion bastion(GroupOptions.JumpHost jumpHost, Map<String, Bastion> rows) {
        return rows.computeIfAbsent(jumpHost.host() + ":" + jumpHost.port(), address -> {
            Bastion bastion = new Bastion();
            bastion.address = address;
            bastions.persist(bastion);
            return bastion;
        });
    }

    private PollTarget target(DeviceSpec spec, Batches batches, Device device, Map<String, Bastion> bastionRows) {
        Inventory inventory = batches.inventory();
        KnownHosts knownHosts = batches.knownHosts();
        Credential credential = inventory.credentialOf(spec);
        GroupOptions options = inventory.optionsOf(spec);
        List<PublicKey> accepted = knownHosts != null
                ? knownHosts.keysFor(spec.host(), spec.port())
                : device.hostKey == null ? List.of() : List.of(HostKeys.parse(device.hostKey));
        List<KeyPair> identities = List.of();
        PollTarget.Jump jump = null;
        String setupError = null;
        try {
            identities = identityLoader.identities(credential);
            if (options.jumpHost() != null) {
                jump = jump(options.jumpHost(), inventory, knownHosts, bastion(options.jumpHost(), bastionRows));
            }
        } catch (IllegalStateException e) {
            setupError = e.getMessage();
        }
        // A detected platform this build no longer parses is detected afresh.
        String detected = spec.autodetect() && device.detectedPlatform != null
                && parsers.find(device.detectedPlatform).isPresent() ? device.detectedPlatform : null;
        String platform = spec.autodetect() ? detected : spec.platform();
        String command = platform == null ? null : parsers.find(platform).orElseThrow().command();
        String shellLearned = rememberedShell(device, options.needsShell());
        return PollTarget.to(device.id, spec.name(), spec.host(), spec.port())
                .platform(spec.platform(), detected, command)
                .login(credential.username(), credential.password(), identities)
                .hostKeys(accepted, knownHosts != null ? knownHosts.revokedFor(spec.host(), spec.port()) : List.of())
                .setupError(setupError)
                .algorithms(options.ssh())
                .shell(options.needsShell() || shellLearned != null, shellLearned)
                .enable(options.enable())
                .jump(jump)
                .logins(batches.logins().get(credential.name()))
                .build();
    }

    /**
     * What an earlier poll learned about the device needing its shell, while the inventory's shell setting is the
     * one it was learned under; a changed setting is the operator's word, so what was learned is forgotten.
     */
    private static String rememberedShell(Device device, boolean inventoryShell) {
        if (device.shellLearned == null) {
            return null;
        }
        if (device.shellLearnedUnder == null || device.shellLearnedUnder != inventoryShell) {
            Log.infof("Device %s: the inventory's shell setting changed to %s; forgetting that it needs its shell"
                    + " (learned: %s)", device.name, inventoryShell, device.shellLearned);
            device.forgetShell();
            return null;
        }
        return device.shellLearned;
    }

    private PollTarget.Jump jump(GroupOptions.JumpHost jumpHost, Inventory inventory, KnownHosts knownHosts,
            Bastion bastion) {
        Credential credential = inventory.credentials().get(jumpHost.credential());
        List<PublicKey> accepted = knownHosts != null ? knownHosts.keysFor(jumpHost.host(), jumpHost.port())
                : bastion.hostKey == null ? List.of() : List.of(HostKeys.parse(bastion.hostKey));
        return new PollTarget.Jump(jumpHost.host(), jumpHost.port(), credential.username(), credential.password(),
                identityLoader.identities(credential), accepted,
                knownHosts != null ? knownHosts.revokedFor(jumpHost.host(), jumpHost.port()) : List.of(),
                bastion.offeredHostKey != null);
    }

    /** A sweep's shared planning state on this replica (see {@link #batches}). */
    public record Batches(Inventory inventory, Map<String, DeviceSpec> specs, KnownHosts knownHosts,
            Map<String, PollTarget.LoginSlots> logins) {
    }
}
