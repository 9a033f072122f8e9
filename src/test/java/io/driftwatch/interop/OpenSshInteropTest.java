package io.driftwatch.interop;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.driftwatch.testing.FakeRouters;
import io.driftwatch.testing.OpenSshServers;
import io.driftwatch.testing.PostgresqlDatabase;
import io.driftwatch.testing.Sweeps;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Driftwatch against real OpenSSH servers rather than MINA's own: password, keyboard-interactive only, an RSA
 * user key, a legacy-algorithms server reached through the inventory's group settings, the interactive shell, and
 * a real sshd as jump host in front of another.
 */
@QuarkusTest
@TestProfile(OpenSshInteropTest.OwnDatabase.class)
@QuarkusTestResource(OpenSshServers.class)
class OpenSshInteropTest {

    public static class OwnDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.url", PostgresqlDatabase.separateUrl("openssh"));
        }
    }

    /** Device name to {@code server, credential, group}. */
    private static final Map<String, List<String>> DEVICES = new java.util.LinkedHashMap<>();

    static {
        DEVICES.put("openssh-password", List.of("password", "interop", "plain"));
        DEVICES.put("openssh-kbdint", List.of("kbdint", "interop", "plain"));
        DEVICES.put("openssh-rsa-key", List.of("pubkey", "keyed", "plain"));
        DEVICES.put("openssh-legacy", List.of("legacy", "interop", "legacy"));
        DEVICES.put("openssh-shell", List.of("password", "interop", "shell"));
        DEVICES.put("openssh-behind-jump", List.of("password", "interop", "jumped"));
    }

    @Test
    void everyWayOfLoggingInSweepsToOkWithTheFixturesVersion() throws IOException {
        use(DEVICES);
        var sweep = Sweeps.runAndWait();

        assertEquals(DEVICES.size(), sweep.getInt("ok"), sweep::prettify);
        for (String device : DEVICES.keySet()) {
            given().get("/api/devices/" + device).then().statusCode(200)
                    .body("status", equalTo("OK"))
                    .body("version", equalTo(OpenSshServers.VERSION))
                    .body("hostname", equalTo("my_device"))
                    .body("hostKeyFingerprint", startsWith("SHA256:"));
        }
        // Each server let Driftwatch in the way it was meant to, as its own log says.
        assertLogged("password", "Accepted password for " + OpenSshServers.USER);
        assertLogged("kbdint", "Accepted keyboard-interactive/pam for " + OpenSshServers.USER);
        assertLogged("pubkey", "Accepted publickey for " + OpenSshServers.USER);
        assertLogged("legacy", "Accepted password for " + OpenSshServers.USER);
        assertLogged("jump", "Accepted password for " + OpenSshServers.USER);
        assertLogged("jump", "target 127.0.0.1 port " + OpenSshServers.port("password"));
        String jump = "127.0.0.1:" + OpenSshServers.port("jump");
        given().get("/api/bastions/" + jump).then().statusCode(200)
                .body("hostKeyFingerprint", startsWith("SHA256:"))
                .body("hostKeyPinnedBy", equalTo("trust on first use"));
    }

    @Test
    void theLegacyServerNeedsItsGroupsAlgorithmsAndAWrongPasswordIsRefused() throws IOException {
        Map<String, List<String>> devices = new java.util.LinkedHashMap<>();
        devices.put("openssh-legacy-plain", List.of("legacy", "interop", "plain"));
        devices.put("openssh-wrong-password", List.of("password", "stale", "plain"));
        use(devices);
        Sweeps.runAndWait();
        given().get("/api/devices/openssh-legacy-plain").then().body("status", equalTo("ERROR"))
                .body("reason", containsString("negotiate"));
        given().get("/api/devices/openssh-wrong-password").then().body("status", equalTo("AUTH_FAILED"));
    }

    private static void assertLogged(String server, String line) throws IOException {
        String log = Files.readString(OpenSshServers.file("sshd_" + server + ".log"));
        assertTrue(log.contains(line), "sshd '" + server + "' log has no '" + line + "':\n" + log);
    }

    private static void use(Map<String, List<String>> devices) {
        String list = devices.entrySet().stream()
                .map(d -> "  - { name: %s, host: 127.0.0.1, port: %d, platform: cisco_ios, credential: %s, group: %s }"
                        .formatted(d.getKey(), OpenSshServers.port(d.getValue().get(0)), d.getValue().get(1),
                                d.getValue().get(2)))
                .collect(Collectors.joining("\n"));
        FakeRouters
                .write("""
                        groups:
                          legacy:
                            ssh: { kex: [diffie-hellman-group14-sha1], ciphers: [aes128-cbc], macs: [hmac-sha1], host-key-algorithms: [ssh-rsa] }
                          shell: { shell: true }
                          jumped:
                            jump-host: { host: 127.0.0.1, port: %d, credential: interop }
                        credentials:
                          interop: { username: %s, password: ${file:%s} }
                          stale: { username: %s, password: not-the-password }
                          keyed: { username: %s, private-key: %s }
                        devices:
                        %s
                        """
                        .formatted(OpenSshServers.port("jump"), OpenSshServers.USER, OpenSshServers.file("password"),
                                OpenSshServers.USER, OpenSshServers.USER, OpenSshServers.file("user_rsa"), list));
    }
}
