package io.driftwatch.testing;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Duration;
import org.jboss.logging.Logger;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Gives the suite's PostgreSQL run (pom.xml, surefire execution {@code postgresql}) a server of its own when
 * {@code -Dtest.postgresql.url} names none: an {@link EmbeddedPostgresql}, started once before any test class is
 * found, since Quarkus reads the datasource URL as it builds each application, and stopped when the run ends. Does
 * nothing in the H2 run or when a server is named.
 */
public class PostgresqlProvisioning implements LauncherSessionListener {

    /** The database of the role the surefire execution names, as on a server of one's own. */
    private static final String DATABASE = "driftwatch_test";
    private static final Logger LOG = Logger.getLogger(PostgresqlProvisioning.class);

    private EmbeddedPostgresql server;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String named = PostgresqlDatabase.url();
        if (!PostgresqlDatabase.enabled() || (named != null && !named.isBlank())) {
            return;
        }
        long start = System.nanoTime();
        try {
            server = EmbeddedPostgresql.start();
            server.createDatabase(DATABASE, System.getProperty("quarkus.datasource.username"),
                    System.getProperty("quarkus.datasource.password"));
        } catch (IOException | SQLException | RuntimeException e) {
            stop();
            throw new IllegalStateException("The PostgreSQL test run starts a PostgreSQL server of its own when"
                    + " -Dtest.postgresql.url names none (Linux on x86-64 with setpriv from util-linux; as root it"
                    + " runs as the user " + EmbeddedPostgresql.USER + ", created with useradd), and that failed: " + e
                    + " (log: " + EmbeddedPostgresql.LOG.toAbsolutePath() + "). Name a server with"
                    + " -Dtest.postgresql.url=jdbc:postgresql://host:port/db -Dtest.postgresql.username=..."
                    + " -Dtest.postgresql.password=... (README, \"Testing on PostgreSQL\"), or leave this run out"
                    + " locally with -DskipPostgresqlTests", e);
        }
        System.setProperty("quarkus.datasource.jdbc.url", server.url(DATABASE));
        LOG.infof("PostgreSQL for the tests at %s, ready in %d ms", server.url(DATABASE),
                Duration.ofNanos(System.nanoTime() - start).toMillis());
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        stop();
    }

    private void stop() {
        if (server == null) {
            return;
        }
        try {
            server.stop();
        } catch (IOException e) {
            LOG.warnf(e, "Could not stop the tests' PostgreSQL server cleanly (log: %s)",
                    EmbeddedPostgresql.LOG.toAbsolutePath());
        }
        server = null;
    }
}
