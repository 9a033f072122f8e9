package io.driftwatch.polling;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.driftwatch.lab.LabRouter;
import io.driftwatch.lab.LabRouterServer;
import io.driftwatch.testing.FakeRouters;
import io.driftwatch.testing.PostgresqlDatabase;
import io.driftwatch.testing.Sweeps;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Strict mode: keys come from known_hosts only, and a key on an {@code @revoked} line is refused, never skipped. */
@QuarkusTest
@TestProfile(StrictHostKeysTest.Strict.class)
@QuarkusTestResource(FakeRouters.class)
class StrictHostKeysTest {

    static final Path KNOWN_HOSTS = Path.of("target/test-known-hosts");
    static final String ROUTER = "fleet-190";

    public static class Strict implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("driftwatch.ssh.host-key-mode", "strict",
                    "driftwatch.ssh.known-hosts", KNOWN_HOSTS.toAbsolutePath().toString(),
                    "quarkus.datasource.jdbc.url", PostgresqlDatabase.separateUrl("strict_keys"));
        }
    }

    @Test
    void revokedKeysOfRoutersAndBastionsAreRefusedEvenWhereAnotherLineListsThem() throws IOException {
        LabRouterServer bastionServer = FakeRouters.bastionServer();
        LabRouter bastion = bastionServer.routers().get(0);
        Files.writeString(KNOWN_HOSTS, line("", ROUTER, FakeRouters.router(ROUTER))
                + line("", "behind-bastion", FakeRouters.router("behind-bastion"))
                + line("", "bastion", bastion));
        FakeRouters.useOnly(List.of(ROUTER, "behind-bastion"));
        Sweeps.runAndWait();
        given().get("/api/devices/" + ROUTER).then().body("status", equalTo("OK"))
                .body("hostKeyPinnedBy", equalTo("known_hosts"));
        given().get("/api/devices/behind-bastion").then().body("status", equalTo("OK"));

        // The router's key is revoked; the line that lists it stays, as it would in a file appended to.
        Files.writeString(KNOWN_HOSTS, line("@revoked ", ROUTER, FakeRouters.router(ROUTER)),
                StandardOpenOption.APPEND);
        Sweeps.runAndWait();
        given().get("/api/devices/" + ROUTER).then().body("status", equalTo("HOST_KEY_CHANGED"))
                .body("reason", containsString("is marked @revoked in known_hosts"));
        given().get("/api/devices/behind-bastion").then().body("status", equalTo("OK"));

        // And the bastion's: no password reaches it, and the device behind it is refused naming it.
        Files.writeString(KNOWN_HOSTS, line("@revoked ", "bastion", bastion), StandardOpenOption.APPEND);
        int passwords = bastionServer.passwordsReceived();
        Sweeps.runAndWait();
        given().get("/api/devices/behind-bastion").then().body("status", equalTo("HOST_KEY_CHANGED"))
                .body("reason", containsString("jump host 127.0.0.1:" + FakeRouters.port("bastion")))
                .body("reason", containsString("is marked @revoked in known_hosts"));
        assertEquals(passwords, bastionServer.passwordsReceived(), "no password was sent to a revoked bastion");

        // In strict mode the file decides: no trust through the API.
        String offered = HostKeys.fingerprint(HostKeys.toLine(bastion.hostKey().getPublic()));
        given().auth().preemptive().basic(Sweeps.OPERATOR, Sweeps.OPERATOR_PASSWORD).contentType("application/json")
                .body(Map.of("fingerprint", offered))
                .post("/api/bastions/127.0.0.1:" + FakeRouters.port("bastion") + "/host-key/trust")
                .then().statusCode(409).body("message", containsString("known_hosts"));
    }

    private static String line(String marker, String name, LabRouter router) {
        return marker + "[127.0.0.1]:" + FakeRouters.port(name) + " " + HostKeys.toLine(router.hostKey().getPublic())
                + "\n";
    }
}
