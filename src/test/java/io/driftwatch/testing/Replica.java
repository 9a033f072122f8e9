package io.driftwatch.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One Driftwatch process started from the built PostgreSQL application ({@code target/postgresql-app}), as a replica
 * of a cluster test: its own HTTP port on loopback, its settings as system properties, its log in a file.
 */
public final class Replica implements AutoCloseable {

    /** The operator login every replica of the cluster tests has. */
    public static final String OPERATOR_PASSWORD = "cluster-it-operator-pw";
    private static final Path APP = Path.of(System.getProperty("driftwatch.it.app",
            "target/postgresql-app/quarkus-run.jar"));
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String nodeId;
    private final Process process;
    private final int port;
    private final Path log;

    private Replica(String nodeId, Process process, int port, Path log) {
        this.nodeId = nodeId;
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * Starts a replica; {@link #awaitReady} waits for it.
     *
     * @param settings Driftwatch and Quarkus settings on top of the cluster tests' common ones
     */
    public static Replica start(String nodeId, Path directory, Map<String, String> settings) throws IOException {
        if (!Files.isRegularFile(APP)) {
            throw new IllegalStateException(APP + " is missing: the cluster tests run the PostgreSQL application that"
                    + " './mvnw package' builds into target/postgresql-app (not with -DskipPostgresqlApp)");
        }
        int port = freePort();
        Files.createDirectories(directory);
        Path log = directory.resolve(nodeId + ".log");
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("-Xmx256m");
        command.add("-Dquarkus.http.host=127.0.0.1");
        command.add("-Dquarkus.http.port=" + port);
        command.add("-Dquarkus.security.users.embedded.users.operator=" + OPERATOR_PASSWORD);
        command.add("-Dquarkus.security.users.embedded.roles.operator=operator");
        command.add("-Ddriftwatch.cluster.enabled=true");
        command.add("-Ddriftwatch.cluster.node-id=" + nodeId);
        command.add("-Ddriftwatch.history.retention-cron=off");
        settings.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-jar");
        command.add(APP.toAbsolutePath().toString());
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        return new Replica(nodeId, process, port, log);
    }

    public String nodeId() {
        return nodeId;
    }

    /** Waits until the replica answers its readiness probe; fails with its log's end if it stops first. */
    public Replica awaitReady(Duration within) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("replica " + nodeId + " stopped at start-up:\n" + logTail());
            }
            try {
                if (get("/q/health/ready").statusCode() == 200) {
                    return this;
                }
            } catch (ConnectException notYet) {
                // Not listening yet.
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("replica " + nodeId + " not ready within " + within + ":\n" + logTail());
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** {@code POST /api/sweeps}: the id of the sweep opened, or of the one already running (409). */
    public long startSweep() throws IOException, InterruptedException {
        HttpResponse<String> answer = HTTP.send(request("/api/sweeps").POST(HttpRequest.BodyPublishers.noBody())
                .build(), HttpResponse.BodyHandlers.ofString());
        Matcher id = ID.matcher(answer.body());
        if ((answer.statusCode() != 202 && answer.statusCode() != 409) || !id.find()) {
            throw new IllegalStateException("POST /api/sweeps on " + nodeId + " answered " + answer.statusCode() + ": "
                    + answer.body());
        }
        return Long.parseLong(id.group(1));
    }

    private HttpRequest.Builder request(String path) {
        String login = Base64.getEncoder()
                .encodeToString(("operator:" + OPERATOR_PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(10))
                .header("Authorization", "Basic " + login);
    }

    /** {@code kill -9}: no shutdown hook runs, nothing is given back. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    public boolean alive() {
        return process.isAlive();
    }

    /** The end of the replica's log, for failure messages. */
    public String logTail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    public Path log() {
        return log;
    }

    /** SIGTERM without waiting, so that several replicas begin to stop at the same moment. */
    public void terminate() {
        process.destroy();
    }

    /** SIGTERM, then {@code kill -9} if it has not stopped within 40 s. */
    @Override
    public void close() throws InterruptedException {
        terminate();
        if (!process.waitFor(40, TimeUnit.SECONDS)) {
            kill();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
