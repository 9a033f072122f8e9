package io.driftwatch.health;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready while the database validates a connection within {@code database-timeout}. Without it no page or API call
 * can answer, so traffic should go elsewhere; the pod is not restarted for it (that is liveness's business).
 */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

    private final AgroalDataSource dataSource;
    private final HealthConfig config;

    public DatabaseReadinessCheck(AgroalDataSource dataSource, HealthConfig config) {
        this.dataSource = dataSource;
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("database");
        long start = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            int timeoutSeconds = (int) Math.max(1, config.databaseTimeout().toSeconds());
            boolean valid = connection.isValid(timeoutSeconds);
            response.status(valid)
                    .withData("database", connection.getMetaData().getDatabaseProductName() + " "
                            + connection.getMetaData().getDatabaseProductVersion())
                    .withData("reason", valid ? "a connection validated" : "the connection did not validate within "
                            + timeoutSeconds + " s");
        } catch (SQLException e) {
            response.down().withData("reason", "no connection: " + e.getMessage());
        }
        return response.withData("tookMs", (System.nanoTime() - start) / 1_000_000).build();
    }
}
