package io.driftwatch.alerting;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.driftwatch.domain.DriftKind;
import io.driftwatch.testing.FakeRouters;
import io.driftwatch.testing.Sweeps;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;

/**
 * Real HTTP receivers on loopback for the hooks, and the hooks pointing at them. Every hook wants only devices of
 * an {@code alert-*} group, so the drift other tests provoke sends nothing. The {@code flaky} receiver listens on a
 * port of its own, so a test can take it down (connection refused) and bring it back on the same port.
 */
public class HookReceiver implements QuarkusTestResourceLifecycleManager {

    public static final String SECRET = "test-hook-secret";
    public static final String BASE_URL = "https://driftwatch.example.net";
    public static final String PROXIED_HOST = "hooks.driftwatch.invalid";
    public static final String HEADER_TOKEN = "test-hook-header-token";
    public static final Path EXEC_OUT = Path.of("target/alerting-exec").toAbsolutePath();
    public static final Path SCRIPT = Path.of("target/alerting-hook.sh").toAbsolutePath();

    private static final List<Received> RECEIVED = new CopyOnWriteArrayList<>();
    /** The busy receiver answers its first request with 429 and Retry-After, as Slack does when rate-limiting. */
    private static final AtomicInteger BUSY_ANSWERS = new AtomicInteger();
    private static HttpServer main;
    private static HttpServer flaky;
    /** Answers 200 and then one byte every 100 ms, never finishing. */
    private static DripReceiver drip;
    private static int flakyPort;

    /** One request as the receiver got it; header names in lower case. */
    public record Received(String path, Map<String, String> headers, byte[] body, long nanos) {

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        public JsonPath json() {
            return JsonPath.from(new String(body, StandardCharsets.UTF_8));
        }
    }

    @Override
    public Map<String, String> start() {
        try {
            RECEIVED.clear();
            BUSY_ANSWERS.set(0);
            main = listen(0);
            flaky = listen(0);
            flakyPort = flaky.getAddress().getPort();
            writeScript();
            String receiver = "http://127.0.0.1:" + main.getAddress().getPort();
            Map<String, String> config = new HashMap<>();
            config.put("alerting-test.receiver", receiver);
            config.put("driftwatch.web.base-url", BASE_URL);
            config.put("driftwatch.alerting.poll-interval", "200ms");
            hook(config, "web", "webhook", receiver + "/web", "alert-web,alert-silence");
            config.put("driftwatch.hooks.web.secret", SECRET);
            hook(config, "keys", "webhook", receiver + "/keys", "alert-web");
            config.put("driftwatch.hooks.keys.events", "host_key_changed");
            // Every kind, for the routers DriftKindsTest provokes: each kind reaches a webhook.
            hook(config, "kinds", "webhook", receiver + "/kinds", "odd");
            config.put("driftwatch.hooks.kinds.events", Arrays.stream(DriftKind.values()).map(Enum::name)
                    .collect(Collectors.joining(",")));
            hook(config, "slack", "slack", receiver + "/slack", "alert-chat");
            hook(config, "teams", "teams", receiver + "/teams", "alert-chat");
            hook(config, "flaky", "webhook", "http://127.0.0.1:" + flakyPort + "/flaky", "alert-flaky");
            hook(config, "steady", "webhook", receiver + "/steady", "alert-flaky");
            hook(config, "busy", "webhook", receiver + "/busy", "alert-busy");
            // Room above the receiver's Retry-After of 2 s, which is honoured only up to this ceiling.
            config.put("driftwatch.hooks.busy.retry-max-delay", "5s");
            // A receiver only the proxy can reach: .invalid never resolves, so whatever arrives came through it.
            hook(config, "proxied", "webhook", "http://" + PROXIED_HOST + "/proxied", "alert-proxy");
            config.put("driftwatch.hooks.proxied.proxy", receiver);
            config.put("driftwatch.hooks.proxied.headers.Authorization", "Bearer " + HEADER_TOKEN);
            hook(config, "digest", "webhook", receiver + "/digest", "alert-digest");
            config.put("driftwatch.hooks.digest.digest", "true");
            hook(config, "slack-digest", "slack", receiver + "/slack-digest", "alert-digest");
            config.put("driftwatch.hooks.slack-digest.digest", "true");
            drip = DripReceiver.dripping(200, "", 10, Duration.ofMillis(100));
            hook(config, "drip", "webhook", drip.url("/drip"), "alert-drip");
            config.put("driftwatch.hooks.drip.timeout", "1s");
            hook(config, "script", "exec", null, "alert-exec");
            config.put("driftwatch.hooks.script.command", "sh " + SCRIPT);
            hook(config, "broken", "exec", null, "alert-exec");
            config.put("driftwatch.hooks.broken.command", "sh -c 'echo \"the pager gateway said no\" >&2; exit 3'");
            hook(config, "slow", "exec", null, "alert-exec");
            config.put("driftwatch.hooks.slow.command", "sleep 30");
            config.put("driftwatch.hooks.slow.timeout", "500ms");
            // The failing commands are checked once; retrying them every second would only load the machine.
            for (String failing : List.of("broken", "slow")) {
                config.put("driftwatch.hooks." + failing + ".retry-initial-delay", "1m");
                config.put("driftwatch.hooks." + failing + ".retry-max-delay", "10m");
            }
            return config;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void hook(Map<String, String> config, String name, String type, String url, String groups) {
        String key = "driftwatch.hooks." + name + ".";
        config.put(key + "type", type);
        if (url != null) {
            config.put(key + "url", url);
        }
        config.put(key + "groups", groups);
        // The kinds these tests provoke; inventory changes and the like would only add noise to their counts.
        config.put(key + "events", "version_changed,host_key_changed");
        config.put(key + "timeout", config.getOrDefault(key + "timeout", "2s"));
        config.put(key + "retry-initial-delay", "200ms");
        config.put(key + "retry-max-delay", "1s");
    }

    /** Writes its stdin and its DRIFTWATCH_* variables to files named after the event id. */
    private static void writeScript() throws IOException {
        Files.createDirectories(EXEC_OUT);
        Files.writeString(SCRIPT, """
                out=%s
                cat > "$out/$DRIFTWATCH_EVENT_ID.json"
                env | sort > "$out/$DRIFTWATCH_EVENT_ID.env"
                """.formatted(EXEC_OUT));
    }

    @Override
    public void stop() {
        if (main != null) {
            main.stop(0);
        }
        if (flaky != null) {
            flaky.stop(0);
        }
        if (drip != null) {
            drip.close();
        }
        main = null;
        flaky = null;
        drip = null;
    }

    private static HttpServer listen(int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
        server.createContext("/", HookReceiver::handle);
        server.start();
        return server;
    }

    private static void handle(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            Map<String, String> headers = new HashMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT),
                    String.join(",", values)));
            RECEIVED.add(
                    new Received(exchange.getRequestURI().getPath(), headers, in.readAllBytes(), System.nanoTime()));
        }
        boolean slowDown = exchange.getRequestURI().getPath().equals("/busy") && BUSY_ANSWERS.getAndIncrement() == 0;
        byte[] answer = (slowDown ? "slow down" : "ok").getBytes(StandardCharsets.UTF_8);
        if (slowDown) {
            exchange.getResponseHeaders().add("Retry-After", "2");
        }
        exchange.sendResponseHeaders(slowDown ? 429 : 200, answer.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(answer);
        }
    }

    /**
     * A version change the hooks of {@code group} hear of: the device alone in that group, a baseline sweep, an
     * upgrade and a second sweep.
     */
    public static VersionChange upgrade(String device, String group) {
        FakeRouters.useOnly(List.of(device), Map.of(device, group));
        Sweeps.runAndWait();
        String from = FakeRouters.router(device).version();
        FakeRouters.router(device).upgrade(Instant.now());
        long sweepId = Sweeps.runAndWait().getLong("id");
        JsonPath event = given().get("/api/drift?kind=VERSION_CHANGED&device=" + device).then().statusCode(200)
                .extract().jsonPath().setRootPath("[0]");
        return new VersionChange(from, FakeRouters.router(device).version(), sweepId, event.getLong("id"),
                event.getString("at"));
    }

    /** What {@link #upgrade} did: the versions, the sweep that saw it and the event it raised. */
    public record VersionChange(String from, String to, long sweepId, long eventId, String at) {
    }

    /** The port of the receiver, which is also the proxy of the proxied hook. */
    public static int port() {
        return main.getAddress().getPort();
    }

    /** Takes the flaky receiver down: connections to its port are refused. */
    public static void stopFlaky() {
        flaky.stop(0);
    }

    /** Brings the flaky receiver back on its port. */
    public static void startFlaky() {
        try {
            flaky = listen(flakyPort);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The dripping receiver of the {@code drip} hook. */
    static DripReceiver drip() {
        return drip;
    }

    public static List<Received> at(String path) {
        return RECEIVED.stream().filter(r -> r.path().equals(path)).toList();
    }

    /** Waits until the path got a request matching the test, and returns the first such. */
    public static Received await(String path, Predicate<Received> test, Duration limit) {
        Awaitility.await("a matching request to " + path).atMost(limit).pollInterval(Duration.ofMillis(50))
                .untilAsserted(() -> assertTrue(at(path).stream().anyMatch(test), "got " + at(path).size()
                        + " there, none matching"));
        return at(path).stream().filter(test).findFirst().orElseThrow();
    }
}
