package io.driftwatch.cluster;

import io.driftwatch.lab.LabRouter;
import io.driftwatch.lab.LabRouterServer;
import io.driftwatch.testing.Replica;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What a cluster test runs on: SSH routers in this JVM that count the version commands they answer, an inventory
 * naming them, a PostgreSQL schema of the test's own, and the replica processes on top of them.
 */
final class ClusterLab implements AutoCloseable {

    static final String PASSWORD = "cluster-router-pw";
    /**
     * The replicas' lease: short, so a killed replica's devices return within the test, yet long enough that a live
     * replica on a busy 2-core machine renews in time (a lease that runs out under a live replica asks its routers
     * twice).
     */
    static final Duration LEASE = Duration.ofSeconds(15);

    private final String name;
    private final Path directory;
    private final LabRouterServer server = new LabRouterServer(Clock.systemUTC());
    private final Map<String, LabRouter> routers = new LinkedHashMap<>();
    private final Map<String, String> devices = new LinkedHashMap<>();
    private final List<Replica> replicas = new ArrayList<>();
    private final Map<String, String> common = new HashMap<>();

    ClusterLab(String name) throws IOException, SQLException {
        this.name = name;
        this.directory = Path.of("target/cluster-it", name).toAbsolutePath();
        server.start();
        try (Connection connection = connect(null); Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + name + " cascade");
            statement.execute("create schema " + name);
        }
        common.put("quarkus.datasource.jdbc.url", url(name));
        common.put("quarkus.datasource.username", System.getProperty("quarkus.datasource.username"));
        common.put("quarkus.datasource.password", System.getProperty("quarkus.datasource.password"));
        common.put("driftwatch.inventory.path", directory.resolve("inventory.yaml").toString());
        common.put("driftwatch.sweep.cron", "off");
        common.put("driftwatch.cluster.lease", LEASE.toSeconds() + "s");
        common.put("driftwatch.cluster.poll-interval", "300ms");
    }

    /** Adds {@code count} IOS routers answering after {@code latency}, named {@code prefix-000}..., in a zone or none. */
    ClusterLab routers(String prefix, int count, Duration latency, String zone) throws IOException {
        for (int i = 0; i < count; i++) {
            String routerName = "%s-%03d".formatted(prefix, i);
            LabRouter router = LabRouter.of(routerName, "cisco_ios", "show version", "netops", PASSWORD, latency,
                    Instant.now());
            int port = server.serve(router, 0);
            routers.put(routerName, router);
            devices.put(routerName,
                    "  - { name: %s, host: 127.0.0.1, port: %d, platform: cisco_ios, credential: lab%s }"
                            .formatted(routerName, port, zone == null ? "" : ", zone: " + zone));
        }
        writeInventory();
        return this;
    }

    /** A setting every replica started afterwards gets. */
    ClusterLab set(String key, String value) {
        common.put(key, value);
        return this;
    }

    /** Starts replicas and waits until every one is ready. */
    List<Replica> start(Map<String, Map<String, String>> settingsByNode) throws IOException, InterruptedException {
        List<Replica> started = new ArrayList<>();
        for (Map.Entry<String, Map<String, String>> node : settingsByNode.entrySet()) {
            Map<String, String> settings = new HashMap<>(common);
            settings.putAll(node.getValue());
            Replica replica = Replica.start(node.getKey(), directory, settings);
            replicas.add(replica);
            started.add(replica);
        }
        for (Replica replica : started) {
            replica.awaitReady(Duration.ofSeconds(120));
        }
        return started;
    }

    List<Replica> start(String... nodeIds) throws IOException, InterruptedException {
        Map<String, Map<String, String>> nodes = new LinkedHashMap<>();
        for (String node : nodeIds) {
            nodes.put(node, Map.of());
        }
        return start(nodes);
    }

    /** Version commands each router answered so far, by router name. */
    Map<String, Integer> commands() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        routers.forEach((routerName, router) -> counts.put(routerName, router.execRequests()));
        return counts;
    }

    /** Moves every router to the next version of its train, as an upgrade between two sweeps would. */
    void upgradeAll() {
        routers.values().forEach(router -> router.upgrade(Instant.now()));
    }

    /** Waits for the sweep to end; returns its state. */
    String awaitSweepEnd(long sweepId, Duration within) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        String state = null;
        while (System.nanoTime() < deadline) {
            state = single("select state from sweep where id = " + sweepId, rs -> rs.getString(1));
            if (state != null && !"RUNNING".equals(state)) {
                return state;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("sweep " + sweepId + " still " + state + " after " + within + "; replica logs under "
                + directory);
    }

    /** Each device's row as the given query's columns, by device name (the query's first column). */
    Map<String, List<Object>> devices(String columns) throws SQLException {
        Map<String, List<Object>> rows = new LinkedHashMap<>();
        try (Connection connection = connect(name);
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select name, " + columns + " from device order by name")) {
            int width = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 2; i <= width; i++) {
                    row.add(rs.getObject(i));
                }
                rows.put(rs.getString(1), row);
            }
        }
        return rows;
    }

    <T> List<T> list(String query, Row<T> row) throws SQLException {
        List<T> values = new ArrayList<>();
        try (Connection connection = connect(name);
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(query)) {
            while (rs.next()) {
                values.add(row.read(rs));
            }
        }
        return values;
    }

    <T> T single(String query, Row<T> row) throws SQLException {
        List<T> values = list(query, row);
        return values.isEmpty() ? null : values.get(0);
    }

    Path directory() {
        return directory;
    }

    static <K> Map<K, Long> count(Iterable<K> values) {
        Map<K, Long> counts = new ConcurrentHashMap<>();
        values.forEach(value -> counts.merge(value, 1L, Long::sum));
        return counts;
    }

    static <T, K> Map<K, List<T>> groupBy(List<T> values, Function<T, K> key) {
        Map<K, List<T>> groups = new LinkedHashMap<>();
        values.forEach(value -> groups.computeIfAbsent(key.apply(value), k -> new ArrayList<>()).add(value));
        return groups;
    }

    private void writeInventory() throws IOException {
        Files.createDirectories(directory);
        Files.writeString(directory.resolve("inventory.yaml"), """
                credentials:
                  lab: { username: netops, password: %s }
                devices:
                %s
                """.formatted(PASSWORD, String.join("\n", devices.values())));
    }

    private static String url(String schema) {
        String base = System.getProperty("quarkus.datasource.jdbc.url");
        if (base == null || base.isBlank()) {
            throw new IllegalStateException("the cluster tests need the PostgreSQL of the test run"
                    + " (driftwatch.test.database=postgresql; testing/PostgresqlProvisioning)");
        }
        return schema == null ? base : base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    private static Connection connect(String schema) throws SQLException {
        return DriverManager.getConnection(url(schema), System.getProperty("quarkus.datasource.username"),
                System.getProperty("quarkus.datasource.password"));
    }

    @Override
    public void close() throws Exception {
        for (Replica replica : replicas) {
            replica.close();
        }
        server.close();
    }

    /** Reads one result row. */
    @FunctionalInterface
    interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }
}
