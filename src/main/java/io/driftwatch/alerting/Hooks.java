package io.driftwatch.alerting;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

/** The configured hooks, validated once when first needed (the delivery worker needs them at start-up). */
@Singleton
public class Hooks {

    private final List<Hook> all;

    public Hooks(HooksConfig config) {
        this.all = HookValidator.validate(config);
    }

    public List<Hook> all() {
        return all;
    }

    public Optional<Hook> named(String name) {
        return all.stream().filter(h -> h.name().equals(name)).findFirst();
    }
}
