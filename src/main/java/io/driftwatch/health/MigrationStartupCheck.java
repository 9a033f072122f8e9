package io.driftwatch.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Startup;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;

/**
 * Started once Flyway has applied every migration the build carries: the schema version is the one this code was
 * written for. A failed or pending migration keeps the pod in start-up, where the kubelet gives it time.
 */
@Startup
@ApplicationScoped
public class MigrationStartupCheck implements HealthCheck {

    private final Flyway flyway;

    public MigrationStartupCheck(Flyway flyway) {
        this.flyway = flyway;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("migrations");
        try {
            MigrationInfoService info = flyway.info();
            MigrationInfo current = info.current();
            int pending = info.pending().length;
            long failed = Arrays.stream(info.all()).filter(m -> m.getState().isFailed()).count();
            String version = current == null ? "none" : current.getVersion().getVersion();
            boolean up = current != null && pending == 0 && failed == 0;
            response.status(up)
                    .withData("schemaVersion", version)
                    .withData("applied", info.applied().length)
                    .withData("pending", pending)
                    .withData("failed", failed)
                    .withData("reason", up ? "schema at version " + version + ", nothing pending"
                            : current == null ? "no migration has run"
                            : failed > 0 ? failed + " migration(s) failed" : pending + " migration(s) pending");
        } catch (RuntimeException e) {
            response.down().withData("reason", "cannot read the schema history: " + e.getMessage());
        }
        return response.build();
    }
}
