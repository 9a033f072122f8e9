package io.driftwatch.health;

import io.driftwatch.drift.Policy;
import io.driftwatch.drift.PolicyService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Always up, because sweeps and history work without a policy, but says which policy is in force and why the last
 * edit was refused, where operators look for the inventory's errors too.
 */
@Readiness
@ApplicationScoped
public class PolicyReadinessCheck implements HealthCheck {

    private final PolicyService policies;

    public PolicyReadinessCheck(PolicyService policies) {
        this.policies = policies;
    }

    @Override
    public HealthCheckResponse call() {
        Optional<Policy> current = policies.current();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("policy").up()
                .withData("file", policies.file().toString());
        if (current.isPresent()) {
            response.withData("exists", current.get().exists()).withData("rules", current.get().rules().size());
        } else {
            response.withData("reason", "no valid policy read yet; compliance is not evaluated");
        }
        policies.lastError().ifPresent(error -> response.withData("lastError", error));
        return response.build();
    }
}
