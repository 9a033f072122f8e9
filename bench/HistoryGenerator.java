import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a year of 15-minute sweeps of history for the devices already in a Driftwatch database, the way the
 * daemon stores it: one sweep row per sweep, and per device a span per change of version or status (a few
 * upgrades a year, now and then an outage). Run with the daemon stopped:
 * java -cp target/quarkus-app/lib/main/com.h2database.h2-*.jar bench/HistoryGenerator.java JDBC_URL DAYS
 */
public class HistoryGenerator {

    private static final Duration SWEEP = Duration.ofMinutes(15);

    public static void main(String[] args) throws Exception {
        String url = args[0];
        int days = Integer.parseInt(args[1]);
        Random random = new Random(7);
        try (Connection db = DriverManager.getConnection(url, "driftwatch", "")) {
            db.setAutoCommit(false);
            List<long[]> devices = new ArrayList<>();
            List<String> versions = new ArrayList<>();
            try (Statement s = db.createStatement();
                    ResultSet rows = s.executeQuery("select id, version, observation_id from device order by id")) {
                while (rows.next()) {
                    devices.add(new long[] {rows.getLong(1), rows.getLong(3)});
                    versions.add(rows.getString(2));
                }
            }
            long sweepsPerYear = Duration.ofDays(days).dividedBy(SWEEP);
            Instant end = Instant.now().minus(Duration.ofHours(1));
            Instant start = end.minus(SWEEP.multipliedBy(sweepsPerYear));
            long firstSweep = nextIds(db, "sweep_seq", sweepsPerYear);
            try (PreparedStatement sweep = db.prepareStatement("insert into sweep (id, trigger_kind, state, started_at,"
                    + " finished_at, devices, ok, auth_failed, unreachable, timed_out, host_key_changed, parse_failed,"
                    + " errored, rows_written) values (?, 'SCHEDULED', 'COMPLETED', ?, ?, ?, ?, 0, ?, ?, 0, 0, 0, ?)")) {
                for (long i = 0; i < sweepsPerYear; i++) {
                    Instant at = start.plus(SWEEP.multipliedBy(i));
                    sweep.setLong(1, firstSweep + i);
                    sweep.setTimestamp(2, Timestamp.from(at));
                    sweep.setTimestamp(3, Timestamp.from(at.plusSeconds(45)));
                    sweep.setInt(4, devices.size());
                    sweep.setInt(5, devices.size() - 12);
                    sweep.setInt(6, 8);
                    sweep.setInt(7, 4);
                    sweep.setInt(8, devices.size() + 1);
                    sweep.addBatch();
                    if (i % 1000 == 999) {
                        sweep.executeBatch();
                    }
                }
                sweep.executeBatch();
            }
            long spans = 0;
            long drift = 0;
            try (PreparedStatement span = db.prepareStatement("insert into observation (id, device_id, sweep_id,"
                    + " observed_at, last_sweep_id, last_seen_at, status, reason, attempts, duration_ms, version)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, 1, 900, ?)");
                    PreparedStatement event = db.prepareStatement("insert into drift_event (id, device_id, kind,"
                            + " from_value, to_value, sweep_id, occurred_at) values (?, ?, 'VERSION_CHANGED', ?, ?, ?, ?)")) {
                for (int d = 0; d < devices.size(); d++) {
                    long deviceId = devices.get(d)[0];
                    String current = versions.get(d) == null ? "1.0" : versions.get(d);
                    // Work backwards from today's version: three or four upgrades a year, and a few short outages.
                    List<long[]> changes = new ArrayList<>();
                    int upgrades = 3 + random.nextInt(2);
                    for (int u = 0; u < upgrades; u++) {
                        changes.add(new long[] {random.nextInt((int) sweepsPerYear - 10) + 1, 0});
                    }
                    for (int o = 0; o < 4; o++) {
                        changes.add(new long[] {random.nextInt((int) sweepsPerYear - 10) + 1, 1 + random.nextInt(6)});
                    }
                    changes.sort((a, b) -> Long.compare(a[0], b[0]));
                    long cursor = 0;
                    int generation = upgrades;
                    for (long[] change : changes) {
                        long at = Math.max(change[0], cursor + 1);
                        String version = current + "-old" + generation;
                        spans += addSpan(db, span, deviceId, firstSweep, start, cursor, at - 1, "OK", null, version);
                        if (change[1] == 0) {
                            String next = --generation == 0 ? current : current + "-old" + generation;
                            event.setLong(1, nextId(db, "drift_event_seq"));
                            event.setLong(2, deviceId);
                            event.setString(3, version);
                            event.setString(4, next);
                            event.setLong(5, firstSweep + at);
                            event.setTimestamp(6, Timestamp.from(start.plus(SWEEP.multipliedBy(at))));
                            event.addBatch();
                            drift++;
                            cursor = at;
                        } else {
                            spans += addSpan(db, span, deviceId, firstSweep, start, at, at + change[1] - 1, "UNREACHABLE",
                                    "cannot connect to 192.0.2.1:22: Connection refused", null);
                            cursor = at + change[1];
                        }
                    }
                    // The rest of the year, up to the daemon's own sweep that holds the device's present state.
                    spans += addSpan(db, span, deviceId, firstSweep, start, cursor, sweepsPerYear - 1, "OK", null,
                            current);
                    if (d % 500 == 499) {
                        span.executeBatch();
                        event.executeBatch();
                        db.commit();
                    }
                }
                span.executeBatch();
                event.executeBatch();
            }
            // The generated ids run past what the sequences handed out (sweep ids come one at a time since the
            // cluster work, the others in blocks of 50): restart each sequence a block past its table's largest id.
            for (String table : List.of("sweep", "observation", "drift_event")) {
                long next;
                try (Statement s = db.createStatement();
                        ResultSet rows = s.executeQuery("select coalesce(max(id), 0) + 51 from " + table)) {
                    rows.next();
                    next = rows.getLong(1);
                }
                try (Statement s = db.createStatement()) {
                    s.execute("alter sequence " + table + "_seq restart with " + next);
                }
            }
            db.commit();
            System.out.printf("generated %d sweeps over %d days, %d history spans, %d drift events for %d devices%n",
                    sweepsPerYear, days, spans, drift, devices.size());
        }
    }

    private static int addSpan(Connection db, PreparedStatement span, long deviceId, long firstSweep, Instant start,
            long from, long to, String status, String reason, String version) throws Exception {
        if (to < from) {
            return 0;
        }
        span.setLong(1, nextId(db, "observation_seq"));
        span.setLong(2, deviceId);
        span.setLong(3, firstSweep + from);
        span.setTimestamp(4, Timestamp.from(start.plus(SWEEP.multipliedBy(from))));
        span.setLong(5, firstSweep + to);
        span.setTimestamp(6, Timestamp.from(start.plus(SWEEP.multipliedBy(to))));
        span.setString(7, status);
        span.setString(8, reason);
        span.setString(9, version);
        span.addBatch();
        return 1;
    }

    private static final java.util.Map<String, long[]> POOLS = new java.util.HashMap<>();

    /** Ids from the daemon's own sequences (allocation 50), so its later inserts never collide with these. */
    private static long nextId(Connection db, String sequence) throws Exception {
        long[] pool = POOLS.computeIfAbsent(sequence, k -> new long[] {0, 0});
        if (pool[0] == pool[1]) {
            pool[0] = nextIds(db, sequence, 50);
            pool[1] = pool[0] + 50;
        }
        return pool[0]++;
    }

    private static long nextIds(Connection db, String sequence, long count) throws Exception {
        long first;
        try (Statement s = db.createStatement();
                ResultSet rows = s.executeQuery("select next value for " + sequence)) {
            rows.next();
            first = rows.getLong(1);
        }
        // Each value hands out a block of 50; take enough blocks for the count.
        for (long taken = 50; taken < count; taken += 50) {
            try (Statement s = db.createStatement()) {
                s.executeQuery("select next value for " + sequence).close();
            }
        }
        return first;
    }
}
