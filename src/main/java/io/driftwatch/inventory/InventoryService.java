package io.driftwatch.inventory;

import io.driftwatch.files.SourceFileException;
import io.driftwatch.parsing.ParserRegistry;
import io.driftwatch.text.RouterText;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Keeps the last good inventory. A sweep calls {@link #reload()}; a broken edit to the file (or NetBox failing) is
 * reported and the fleet keeps being watched with the previous version, while a broken file (or NetBox failing) at
 * start-up stops the daemon.
 */
@ApplicationScoped
public class InventoryService {

    /**
     * Everything a reader needs, swapped as one value so that no reader sees an inventory with another load's time
     * or error.
     */
    private record State(Inventory inventory, Instant loadedAt, String lastError) {
    }

    /** One read of the configured source, file or NetBox. */
    private interface Source {
        Inventory read() throws SourceFileException, NetboxException;
    }

    private final InventoryConfig.Source kind;
    private final Source source;
    private final Clock clock;
    private final AtomicReference<State> state = new AtomicReference<>(new State(null, null, null));

    @Inject
    InventoryService(InventoryConfig config, NetboxConfig netbox, ParserRegistry parsers, Clock clock) {
        this(config, netbox, parsers.platforms(), System::getenv, clock);
    }

    /** For tests: platforms, environment and clock without the container; {@code netbox} only for that source. */
    InventoryService(InventoryConfig config, NetboxConfig netbox, Set<String> platforms,
            Function<String, String> environment, Clock clock) {
        this.kind = config.source();
        this.clock = clock;
        if (kind == InventoryConfig.Source.NETBOX) {
            NetboxReader reader = new NetboxReader(netbox, platforms,
                    new YamlInventoryReader(new SecretResolver(environment)));
            Path credentials = config.credentialsPath()
                    .orElse(config.path().resolveSibling(InventoryLoader.DEFAULT_CREDENTIALS_FILE));
            this.source = () -> reader.read(credentials);
        } else {
            InventoryLoader loader = new InventoryLoader(platforms, environment);
            this.source = () -> loader.load(config.path(), config.credentialsPath().orElse(null));
        }
    }

    /** Runs after the parsers are ready and before the scheduler's first sweep needs the fleet. */
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 100) StartupEvent event) {
        try {
            Inventory inventory = load();
            Log.infof("Loaded %d devices and %d credentials from %s", inventory.devices().size(),
                    inventory.credentials().size(), inventory.source());
        } catch (SourceFileException | NetboxException e) {
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
        } catch (SourceFileException | NetboxException e) {
            String message = e.getMessage();
            Log.warnf("Inventory not reloaded, keeping the last good one: %s", message);
            State failed = state.updateAndGet(s -> new State(s.inventory(), s.loadedAt(), message));
            if (failed.inventory() == null) {
                throw new IllegalStateException("No valid inventory: " + message, e);
            }
            return failed.inventory();
        }
    }

    private Inventory load() throws SourceFileException, NetboxException {
        Inventory inventory = source.read();
        State previous = state.getAndSet(new State(inventory, clock.instant(), null));
        Log.debugf("Inventory reloaded from %s: %d devices", inventory.source(), inventory.devices().size());
        List<SkippedDevice> before = previous.inventory() == null ? List.of() : previous.inventory().skipped();
        if (!inventory.skipped().equals(before) && !inventory.skipped().isEmpty()) {
            Log.warnf("%d devices of %s left out (see /devices?skipped): %s", inventory.skipped().size(),
                    inventory.source(), RouterText.forLog(inventory.skipped().stream()
                            .map(d -> d.name() + " (" + d.reason() + ")").collect(Collectors.joining(", "))));
        }
        return inventory;
    }

    /** Whether the inventory comes from a file or from NetBox, as configured. */
    public InventoryConfig.Source source() {
        return kind;
    }

    /** The last good inventory, empty only before start-up finished. */
    public Optional<Inventory> current() {
        return Optional.ofNullable(state.get().inventory());
    }

    /** When the current inventory was read, empty before the first load. */
    public Optional<Instant> loadedAt() {
        return Optional.ofNullable(state.get().loadedAt());
    }

    /**
     * Why the latest reload failed; empty when it succeeded. The message names file and line (or NetBox's URL),
     * never a secret.
     */
    public Optional<String> lastError() {
        return Optional.ofNullable(state.get().lastError());
    }
}
