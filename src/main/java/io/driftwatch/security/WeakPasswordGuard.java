package io.driftwatch.security;

import io.quarkus.elytron.security.properties.runtime.MPRealmRuntimeConfig;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.config.SmallRyeConfig;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.microprofile.config.Config;

/**
 * Refuses to start the daemon while an embedded user has a weak password ({@link PasswordRule}): the operator's
 * password guards every router credential, and an example value copied into production would let anyone in. The
 * {@code lab} and {@code test} profiles keep their known logins. Hashed passwords
 * ({@code quarkus.security.users.embedded.plain-text=false}) cannot be read back, so they are not checked.
 */
@ApplicationScoped
public class WeakPasswordGuard {

    /** Profiles with known, published logins on purpose. */
    static final Set<String> EXEMPT_PROFILES = Set.of("lab", "test");

    private final SmallRyeConfig config;

    public WeakPasswordGuard(Config config) {
        this.config = config.unwrap(SmallRyeConfig.class);
    }

    // First among the start-up observers, so a refused start does no other work (no sweep, no migration waits).
    void check(@Observes @Priority(1) StartupEvent start) {
        boolean embedded = config.getOptionalValue("quarkus.security.users.embedded.enabled", Boolean.class)
                .orElse(false);
        if (!embedded) {
            return;
        }
        MPRealmRuntimeConfig realm = config.getConfigMapping(MPRealmRuntimeConfig.class);
        refuseWeak(config.getProfiles(), realm.plainText(), realm.users());
        Log.debugf("Embedded users' passwords checked: %d", realm.users().size());
    }

    /** Throws when a user's password is weak, unless a profile with known logins is active. */
    static void refuseWeak(List<String> profiles, boolean plainText, Map<String, String> users) {
        if (!plainText || profiles.stream().anyMatch(EXEMPT_PROFILES::contains)) {
            return;
        }
        List<String> weak = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        new TreeMap<>(users).forEach((user, password) -> PasswordRule.weakness(user, password).ifPresent(why -> {
            weak.add(user);
            reasons.add("the password of user '" + user + "' " + why);
        }));
        if (!weak.isEmpty()) {
            throw new WeakPasswordException(weak, "Driftwatch will not start: " + String.join("; ", reasons)
                    + ". Set a password of at least " + PasswordRule.MIN_LENGTH + " characters that is no"
                    + " placeholder (quarkus.security.users.embedded.users.<name>; README, \"Security model\").");
        }
    }
}
