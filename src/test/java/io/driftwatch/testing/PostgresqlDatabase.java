package io.driftwatch.testing;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

/**
 * The PostgreSQL server of the suite's second run (pom.xml, surefire execution {@code postgresql}): checks it
 * answers before any application starts, and empties it once per test JVM so every run starts from the migrations,
 * as the H2 run does with its in-memory database. Does nothing in the H2 run.
 */
@QuarkusTestResource(PostgresqlDatabase.class)
public class PostgresqlDatabase implements QuarkusTestResourceLifecycleManager {

    /** Set by the {@code postgresql} surefire execution. */
    public static final String SWITCH = "driftwatch.test.database";
    /** A JVM-wide flag: test resources are loaded again by each application's class loader. */
    private static final String EMPTIED = "driftwatch.test.postgresql.emptied";
    /** The schema the restart tests share between their two application starts. */
    public static final String RESTART_SCHEMA = "restart";
    /** The same for the drift restart tests. */
    public static final String DRIFT_RESTART_SCHEMA = "drift_restart";
    /** The same for the alerting restart tests. */
    public static final String ALERTING_RESTART_SCHEMA = "alerting_restart";
    /** The same for the bastion key restart tests. */
    public static final String BASTION_RESTART_SCHEMA = "bastion_restart";
    /** Schemas of the tests that need a database of their own ({@link #separateUrl}). */
    private static final List<String> SCHEMAS = List.of(RESTART_SCHEMA, DRIFT_RESTART_SCHEMA, ALERTING_RESTART_SCHEMA,
            "shutdown", "secrets", "kill_restart", BASTION_RESTART_SCHEMA, "strict_keys", "openssh",
            "scheduled_sweeps", "unstorable", "cluster_once", "cluster_view", "monitoring",
            "netbox_inventory", "lab_sweep", "costly_kex");

    public static boolean enabled() {
        return "postgresql".equals(System.getProperty(SWITCH));
    }

    public static String url() {
        return System.getProperty("quarkus.datasource.jdbc.url");
    }

    /** The server's URL with another schema as the connection's current one. */
    public static String url(String schema) {
        return url() + (url().contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    /**
     * The database two application starts share in a restart test: a file H2 database of this test JVM, or on the
     * PostgreSQL run the schema of that name, emptied at the start of the run.
     */
    public static String restartUrl(String schema) {
        if (!SCHEMAS.contains(schema)) {
            throw new IllegalArgumentException("no schema '" + schema + "' in PostgresqlDatabase.SCHEMAS");
        }
        return enabled() ? url(schema)
                : "jdbc:h2:file:./target/restart-db/" + schema + "-" + ProcessHandle.current().pid()
                        + ";DB_CLOSE_ON_EXIT=FALSE";
    }

    /**
     * A database of its own for a test with its own application start, so it neither sees nor leaves devices and
     * pinned keys of the tests around it.
     */
    public static String separateUrl(String name) {
        if (!SCHEMAS.contains(name)) {
            throw new IllegalArgumentException("no schema '" + name + "' in PostgresqlDatabase.SCHEMAS");
        }
        return enabled() ? url(name) : "jdbc:h2:mem:driftwatch-" + name + ";DB_CLOSE_DELAY=-1";
    }

    @Override
    public Map<String, String> start() {
        if (!enabled() || Boolean.getBoolean(EMPTIED)) {
            return Map.of();
        }
        String user = System.getProperty("quarkus.datasource.username");
        try (Connection connection = DriverManager.getConnection(url(), user,
                System.getProperty("quarkus.datasource.password"));
                Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists public cascade");
            statement.execute("create schema public");
            for (String schema : SCHEMAS) {
                statement.execute("drop schema if exists " + schema + " cascade");
                statement.execute("create schema " + schema);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The PostgreSQL test run needs a server at " + url() + " with role '" + user
                    + "' owning that database, and it failed: " + e.getMessage().replaceAll("\\.+$", "")
                    + ". Name another with -Dtest.postgresql.url, -Dtest.postgresql.username and"
                    + " -Dtest.postgresql.password, or none for a server of the run's own (README, \"Testing on"
                    + " PostgreSQL\"); or leave this run out locally with -DskipPostgresqlTests",
                    e);
        }
        System.setProperty(EMPTIED, "true");
        return Map.of();
    }

    @Override
    public void stop() {
    }
}
