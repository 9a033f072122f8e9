import io.driftwatch.drift.Compliance;
import io.driftwatch.drift.Policy;
import io.driftwatch.drift.PolicyLoader;
import io.driftwatch.drift.Verdict;
import io.driftwatch.parsing.ParserRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * What golden-version compliance costs at 10,000 devices: the device-list filter and the overview count on the
 * schema of the migrations (with H2's plan, to show the index is used), and judging every device against a
 * 100-rule policy, which each sweep does. After {@code ./mvnw package}:
 * java -cp "target/classes:target/quarkus-app/lib/main/*" bench/ComplianceBench.java
 */
public class ComplianceBench {

    private static final int DEVICES = 10_000;

    public static void main(String[] args) throws Exception {
        // Result reuse off: otherwise H2 answers a repeated query on an unchanged table from a cache.
        try (Connection db = DriverManager.getConnection("jdbc:h2:mem:bench;OPTIMIZE_REUSE_RESULTS=FALSE", "sa", "")) {
            migrate(db);
            fill(db);
            String page = "select * from device where in_inventory = true and compliance = 'NON_COMPLIANT'"
                    + " order by name limit 50";
            String count = "select count(*) from device where in_inventory = true and compliance = 'NON_COMPLIANT'";
            String overview = "select compliance, count(*) from device where in_inventory = true group by compliance";
            try (Statement statement = db.createStatement()) {
                for (String query : new String[] {page, count}) {
                    ResultSet plan = statement.executeQuery("explain " + query);
                    plan.next();
                    String text = plan.getString(1).replaceAll("\\s+", " ");
                    System.out.println("plan: " + text.substring(text.indexOf("FROM")));
                }
                for (String query : new String[] {page, count, overview}) {
                    for (int i = 0; i < 50; i++) {
                        drain(statement.executeQuery(query));
                    }
                    long start = System.nanoTime();
                    for (int i = 0; i < 200; i++) {
                        drain(statement.executeQuery(query));
                    }
                    System.out.printf("%.2f ms  %s%n", (System.nanoTime() - start) / 200 / 1e6, query);
                }
            }
        }
        judge();
    }

    private static void migrate(Connection db) throws Exception {
        try (Statement statement = db.createStatement();
                var files = Files.list(Path.of("src/main/resources/db/migration"))) {
            for (Path file : files.sorted().toList()) {
                String text = String.join("\n", Files.readAllLines(file).stream()
                        .filter(line -> !line.strip().startsWith("--")).toList());
                for (String sql : text.split(";")) {
                    if (!sql.isBlank()) {
                        statement.execute(sql.strip());
                    }
                }
            }
        }
    }

    /** One device in ten non-compliant, the rest compliant or without policy. */
    private static void fill(Connection db) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("insert into device (id, name, host, port, platform,"
                + " device_group, credential_name, in_inventory, added_at, consecutive_failures, compliance, version)"
                + " values (?, ?, '192.0.2.1', 22, 'cisco_ios', 'core', 'ro', true, current_timestamp, 0, ?, '17.9.4')")) {
            for (int i = 0; i < DEVICES; i++) {
                insert.setLong(1, i + 1);
                insert.setString(2, "dev-%05d".formatted(i));
                insert.setString(3, i % 10 == 0 ? "NON_COMPLIANT" : i % 2 == 0 ? "COMPLIANT" : "NO_POLICY");
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void judge() throws Exception {
        StringBuilder yaml = new StringBuilder("rules:\n");
        for (int i = 0; i < 97; i++) {
            yaml.append("  - { platform: cisco_ios, model: \"C9").append(i)
                    .append("*\", versions: [\">= 17.9.4\", \"17.6.*\"] }\n");
        }
        yaml.append("  - { platform: cisco_ios, group: core, versions: [\"17.12.*\"] }\n")
                .append("  - { device: \"edge-*\", versions: [\"17.9.4\"] }\n")
                .append("  - { platform: cisco_ios, versions: [\"17.9.*\"] }\n");
        Path file = Files.createTempFile("policy", ".yaml");
        Files.writeString(file, yaml);
        Policy policy = new PolicyLoader(ParserRegistry.standard().platforms()).load(file);
        Files.delete(file);
        for (int round = 0; round < 5; round++) {
            long start = System.nanoTime();
            int nonCompliant = 0;
            for (int i = 0; i < DEVICES; i++) {
                Verdict verdict = policy.evaluate("cisco_ios", "dev-" + i, "C9300-48P", i % 3 == 0 ? "core" : "edge",
                        i % 7 == 0 ? "17.3.4" : "17.9.5");
                nonCompliant += verdict.compliance() == Compliance.NON_COMPLIANT ? 1 : 0;
            }
            System.out.printf("judging %d devices against %d rules: %.1f ms (%d non-compliant)%n", DEVICES,
                    policy.rules().size(), (System.nanoTime() - start) / 1e6, nonCompliant);
        }
    }

    private static void drain(ResultSet rows) throws SQLException {
        while (rows.next()) {
            rows.getString(1);
        }
        rows.close();
    }
}
