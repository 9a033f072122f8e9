package io.driftwatch.inventory;

import io.driftwatch.files.SourceFileException;
import io.driftwatch.parsing.ParserRegistry;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Keeps the last good inventory. A sweep calls {@link #reload()}; a broken edit to the file is reported and the
 * fleet keeps being watched with the previous version, while a broken file at start-up stops the daemon.
 */
@ApplicationScoped
public class InventoryService {

    /**
     * Everything a reader needs, swapped as one value so that no reader sees an inventory with another load's time
     * or error.
     */
    private record State(Inventory inventory, Instant loadedAt, String lastError) {
    }

    private final InventoryConfig config;
    private final InventoryLoader loader;
    private final Clock clock;
    private final AtomicReference<State> state = new AtomicReference<>(new State(null, null, null));

    @Inject
    InventoryService(InventoryConfig config, ParserRegistry parsers, Clock clock) {
        this(config, parsers.platforms(), System::getenv, clock);
    }

    /** For tests: platforms, environment and clock without the container. */
    InventoryService(InventoryConfig config, Set<String> platforms, Function<String, String> environment,
            Clock clock) {
        this.config = config;
        this.loader = new InventoryLoader(platforms, environment);
        this.clock = clock;
    }

    /** Runs after the parsers are ready and before the scheduler's first sweep needs the fleet. */
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 100) StartupEvent event) {
        try {
            Inventory inventory = load();
            Log.infof("Loaded %d devices and %d credentials from %s", inventory.devices().size(),
                    inventory.credentials().size(), inventory.source());
        } catch (SourceFileException e) {
            throw new IllegalStateException("Cannot start without a valid inventory: " + e.getMessage(), e);
        }
    }

    /**
     * Re-reads the inventory. On success it replaces the current one; on failure the error is logged and kept in
     * {@link #lastError()}, and the last good inventory stays in use.
     *
     * @return the inventory now in use
     * @throws IllegalStateException when no inventory was ever loaded, which start-up prevents
     */
    public Inventory reload() {
        try {
            return load();
        } catch (SourceFileException e) {
            String message = e.getMessage();
            Log.warnf("Inventory not reloaded, keeping the last good one: %s", message);
            State failed = state.updateAndGet(s -> new State(s.inventory(), s.loadedAt(), message));
            if (failed.inventory() == null) {
                throw new IllegalStateException("No valid inventory: " + message, e);
            }
            return failed.inventory();
        }
    }

    private Inventory load() throws SourceFileException {
        Inventory inventory = loader.load(config.path(), config.credentialsPath().orElse(null));
        state.set(new State(inventory, clock.instant(), null));
        Log.debugf("Inventory reloaded from %s: %d devices", inventory.source(), inventory.devices().size());
        return inventory;
    }

    /** The last good inventory, empty only before start-up finished. */
    public Optional<Inventory> current() {
        return Optional.ofNullable(state.get().inventory());
    }

    /** When the current inventory was read, empty before the first load. */
    public Optional<Instant> loadedAt() {
        return Optional.ofNullable(state.get().loadedAt());
    }

    /** Why the latest reload failed; empty when it succeeded. The message names file and line, never a secret. */
    public Optional<String> lastError() {
        return Optional.ofNullable(state.get().lastError());
    }
}
