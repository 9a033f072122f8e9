package io.driftwatch.drift;

import io.driftwatch.inventory.InventoryConfig;
import io.driftwatch.parsing.ParserRegistry;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Keeps the last good policy, re-read before every sweep. A broken edit is logged and shown in the readiness check,
 * and the previous policy stays in force; a broken file at start-up leaves compliance as stored until it is fixed,
 * rather than stopping a daemon whose main job does not need it.
 */
@ApplicationScoped
public class PolicyService {

    /** Swapped as one value so no reader sees a policy with another load's error. */
    private record State(Policy policy, Instant loadedAt, String lastError) {
    }

    private final Path file;
    private final PolicyLoader loader;
    private final Clock clock;
    private final AtomicReference<State> state = new AtomicReference<>(new State(null, null, null));

    public PolicyService(PolicyConfig config, InventoryConfig inventory, ParserRegistry parsers, Clock clock) {
        this.file = config.path().orElseGet(() -> beside(inventory.path()));
        this.loader = new PolicyLoader(parsers.platforms());
        this.clock = clock;
    }

    void onStart(@Observes StartupEvent event) {
        Optional<Policy> policy = reload();
        policy.ifPresent(p -> Log.infof(p.exists() ? "Loaded %2$d compliance rule(s) from %1$s"
                : "No compliance policy at %s; every device is NO_POLICY", p.source(), p.rules().size()));
    }

    /**
     * Re-reads the policy file.
     *
     * @return the policy now in force; empty when no valid policy was ever read
     */
    public Optional<Policy> reload() {
        try {
            Policy policy = loader.load(file);
            state.set(new State(policy, clock.instant(), null));
            return Optional.of(policy);
        } catch (PolicyException e) {
            String message = e.getMessage();
            State failed = state.updateAndGet(s -> new State(s.policy(), s.loadedAt(), message));
            if (failed.policy() == null) {
                Log.errorf("Compliance policy not loaded, compliance is not evaluated until it is fixed: %s", message);
            } else {
                Log.warnf("Compliance policy not reloaded, keeping the last good one: %s", message);
            }
            return Optional.ofNullable(failed.policy());
        }
    }

    /** The policy in force, empty when no valid one was ever read. */
    public Optional<Policy> current() {
        return Optional.ofNullable(state.get().policy());
    }

    public Path file() {
        return file;
    }

    public Optional<Instant> loadedAt() {
        return Optional.ofNullable(state.get().loadedAt());
    }

    /** Why the latest reload failed, naming file, line and field; empty when it succeeded. */
    public Optional<String> lastError() {
        return Optional.ofNullable(state.get().lastError());
    }

    private static Path beside(Path inventory) {
        return inventory.resolveSibling(PolicyLoader.DEFAULT_FILE);
    }
}
