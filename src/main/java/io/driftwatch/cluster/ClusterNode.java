package io.driftwatch.cluster;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * This replica: its node id (stored as who polled a device), its zone, and whether it shares work with others. A
 * cluster needs PostgreSQL, whose row locks and advisory locks coordinate the replicas; on H2 the daemon will not
 * start with a cluster setting.
 */
@ApplicationScoped
public class ClusterNode {

    /** The node id's shape: what a pod name or a host name is, bounded for the columns that keep it. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");
    private static final Pattern ZONE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,62}");

    private final ClusterConfig config;
    private final DataSource dataSource;
    private final String nodeId;

    public ClusterNode(ClusterConfig config, DataSource dataSource) {
        this.config = config;
        this.dataSource = dataSource;
        this.nodeId = config.nodeId().map(String::strip).filter(id -> !id.isEmpty()).orElseGet(ClusterNode::hostName);
    }

    public boolean enabled() {
        return config.enabled();
    }

    public String nodeId() {
        return nodeId;
    }

    /** The zone this replica polls; empty for devices without one. */
    public Optional<String> zone() {
        return config.zone().map(String::strip).filter(zone -> !zone.isEmpty());
    }

    public Duration lease() {
        return config.lease();
    }

    public ClusterConfig config() {
        return config;
    }

    // Right after the password check: a refused cluster start does no other work.
    void check(@Observes @Priority(2) StartupEvent start) {
        refuseBadSettings(config.enabled(), zone(), nodeId, config.lease(), this::databaseProduct);
    }

    /** Throws {@link ClusterConfigException} naming the setting that cannot work. */
    static void refuseBadSettings(boolean enabled, Optional<String> zone, String nodeId, Duration lease,
            DatabaseProduct database) {
        if (!NAME.matcher(nodeId).matches()) {
            throw new ClusterConfigException("driftwatch.cluster.node-id", "must be 1-128 of A-Z a-z 0-9 . _ -,"
                    + " starting with a letter or digit");
        }
        if (zone.isPresent() && !ZONE.matcher(zone.get()).matches()) {
            throw new ClusterConfigException("driftwatch.cluster.zone", "must be 1-63 of A-Z a-z 0-9 . _ -,"
                    + " starting with a letter or digit");
        }
        if (zone.isPresent() && !enabled) {
            throw new ClusterConfigException("driftwatch.cluster.zone", "needs driftwatch.cluster.enabled=true: a"
                    + " single replica polls every device, whatever its zone");
        }
        if (lease.compareTo(Duration.ofSeconds(5)) < 0) {
            throw new ClusterConfigException("driftwatch.cluster.lease", "must be at least 5s");
        }
        if (enabled) {
            String product = database.name();
            if (!"PostgreSQL".equalsIgnoreCase(product)) {
                throw new ClusterConfigException("driftwatch.cluster.enabled", "needs PostgreSQL, whose locks"
                        + " coordinate the replicas; this database is " + product + " (build with -Ppostgresql,"
                        + " README \"PostgreSQL\")");
            }
        }
    }

    private String databaseProduct() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the database to check the cluster settings", e);
        }
    }

    private static String hostName() {
        String fromEnvironment = System.getenv("HOSTNAME");
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return fromEnvironment.strip();
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "driftwatch";
        }
    }

    /** The database's product name, asked only when a cluster is wanted. */
    @FunctionalInterface
    interface DatabaseProduct {
        String name();
    }
}
