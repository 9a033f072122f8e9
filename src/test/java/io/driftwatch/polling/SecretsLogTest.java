package io.driftwatch.polling;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.driftwatch.lab.LabRouter;
import io.driftwatch.testing.FakeRouters;
import io.driftwatch.testing.PageSession;
import io.driftwatch.testing.PostgresqlDatabase;
import io.driftwatch.testing.Sweeps;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Captures everything the daemon logs, at DEBUG and as JSON (the format deploy/ switches on), through sweeps with
 * a wrong password, a wrong enable secret, a key login, two broken inventory edits (one with a password on the
 * broken line) and a hook that cannot deliver, and finds no secret of the inventory, the hook or the pages in it.
 */
@QuarkusTest
@TestProfile(SecretsLogTest.CapturedLog.class)
@QuarkusTestResource(FakeRouters.class)
class SecretsLogTest {

    /** One file per test JVM, so a log from an earlier run never counts. */
    static final Path LOG = Path.of("target/secrets-log-test-" + ProcessHandle.current().pid() + ".log");
    private static final String INLINE_PASSWORD = "inline-pw-in-a-broken-file";
    private static final String HOOK_SECRET = "hook-hmac-key-for-the-log-test";
    private static final String HOOK_TOKEN = "hook-header-token-for-the-log-test";

    public static class CapturedLog implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.ofEntries(Map.entry("quarkus.log.file.enabled", "true"),
                    Map.entry("quarkus.log.file.path", LOG.toString()),
                    Map.entry("quarkus.log.file.level", "ALL"),
                    Map.entry("quarkus.log.file.json.enabled", "true"),
                    // The console stays at INFO so the build's output is not flooded with MINA's packets.
                    Map.entry("quarkus.log.console.level", "INFO"),
                    Map.entry("quarkus.log.category.\"io.driftwatch\".level", "DEBUG"),
                    Map.entry("quarkus.log.category.\"org.apache.sshd\".level", "DEBUG"),
                    // A hook whose receiver refuses every connection, so its failures are logged too.
                    Map.entry("driftwatch.hooks.leak.type", "webhook"),
                    Map.entry("driftwatch.hooks.leak.url", "http://127.0.0.1:1/driftwatch"),
                    Map.entry("driftwatch.hooks.leak.secret", HOOK_SECRET),
                    Map.entry("driftwatch.hooks.leak.headers.Authorization", "Bearer " + HOOK_TOKEN),
                    Map.entry("driftwatch.hooks.leak.retry-initial-delay", "200ms"),
                    Map.entry("driftwatch.hooks.leak.retry-max-delay", "1s"),
                    Map.entry("quarkus.datasource.jdbc.url", PostgresqlDatabase.separateUrl("secrets")));
        }
    }

    @Test
    void noSecretReachesTheLog() throws IOException {
        List<String> routers = List.of("fleet-120", "wrong-password", "enable", "enable-wrong", "key-only");
        // JDK key types: this is a restarted application (see testing/ClassOrder).
        routers.forEach(n -> FakeRouters.router(n).hostKeyType(LabRouter.HostKeyType.ECDSA));
        FakeRouters.useOnly(routers);
        Sweeps.runAndWait();
        // A version change, which the hook then fails to deliver.
        FakeRouters.router("fleet-120").upgrade(Instant.now());
        Sweeps.runAndWait();
        // A syntax error on the line that holds a password, then a file whose credential is broken.
        FakeRouters.write("""
                credentials:
                  lab: { username: netops, password: %s
                devices: [
                """.formatted(INLINE_PASSWORD));
        Sweeps.runAndWait();
        FakeRouters.write("""
                credentials:
                  lab: { username: netops, password: %s, colour: blue }
                devices:
                  - { name: fleet-120, host: 127.0.0.1, port: 1, platform: cisco_ios, credential: nobody }
                """.formatted(INLINE_PASSWORD));
        Sweeps.runAndWait();
        // The first page login makes Quarkus's per-start session key, which it would print.
        PageSession.login(Sweeps.OPERATOR, Sweeps.OPERATOR_PASSWORD);

        await("the leak hook's failure in the log").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> Files.readString(LOG).contains("Alert hook 'leak'"));

        List<String> lines = Files.readAllLines(LOG);
        ObjectMapper json = new ObjectMapper();
        List<String> messages = new ArrayList<>();
        for (String line : lines) {
            JsonNode record = json.readTree(line);
            messages.add(record.path("message").asText() + " " + record.path("exception"));
        }
        String all = String.join("\n", lines);
        // The capture is real: the failures and the broken edits are in it.
        assertTrue(messages.stream().anyMatch(m -> m.contains("Device wrong-password") && m.contains("AUTH_FAILED")),
                "no per-device failure line captured");
        assertTrue(messages.stream().anyMatch(m -> m.contains("Alert hook 'leak'") && m.contains("not delivered")),
                "no failed delivery captured");
        assertEquals(2, messages.stream().filter(m -> m.contains("Inventory not reloaded")).count(), all);
        assertTrue(messages.stream().anyMatch(m -> m.matches("(?s)Sweep \\d+ completed: .*OK \\d+.*AUTH_FAILED 2.*")),
                "no sweep line with its counts per status");
        for (String secret : List.of(FakeRouters.PASSWORD, "not-the-password", FakeRouters.ENABLE_SECRET,
                "not-the-enable-secret", FakeRouters.JUMP_PASSWORD, INLINE_PASSWORD, Sweeps.OPERATOR_PASSWORD,
                HOOK_SECRET, HOOK_TOKEN)) {
            assertFalse(all.contains(secret), "the log holds the secret '" + secret + "'");
        }
        assertFalse(all.contains("using temporary key"), "the log holds the pages' session key");
    }
}
