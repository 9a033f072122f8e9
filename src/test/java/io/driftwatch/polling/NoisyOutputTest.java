package io.driftwatch.polling;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.driftwatch.history.DeviceRepository;
import io.driftwatch.history.RawOutputRepository;
import io.driftwatch.testing.FakeRouters;
import io.driftwatch.testing.NoisyRouter;
import io.driftwatch.testing.Sweeps;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A router that wraps valid output in NUL bytes, terminal escapes, odd line ends and invalid UTF-8, polled for real
 * over SSH: the output is cleaned where it enters, so the device is OK with the right version, and what is stored
 * (on PostgreSQL too, which refuses a NUL) is clean.
 */
@QuarkusTest
@QuarkusTestResource(FakeRouters.class)
class NoisyOutputTest {

    @Inject
    DeviceRepository devices;
    @Inject
    RawOutputRepository rawOutputs;

    @Test
    void wrappedOutputEndsOkWithTheRightVersionAndIsStoredClean() {
        byte[] sent = NoisyRouter.reply();
        assertTrue(new String(sent, StandardCharsets.ISO_8859_1).contains("\u0000"), "the router sends NUL bytes");
        FakeRouters.useOnly(List.of("noisy", "fleet-001"));

        JsonPath sweep = Sweeps.runAndWait();

        assertEquals("COMPLETED", sweep.getString("state"), sweep::prettify);
        assertEquals(2, sweep.getInt("ok"), sweep::prettify);
        given().get("/api/devices/noisy").then().statusCode(200)
                .body("status", equalTo("OK"))
                .body("version", equalTo(NoisyRouter.FACTS.version()))
                .body("model", equalTo(NoisyRouter.FACTS.model()))
                .body("hostname", equalTo(NoisyRouter.FACTS.hostname()));
        String stored = QuarkusTransaction.requiringNew().call(
                () -> rawOutputs.findById(devices.find("name", "noisy").firstResult().id).output);
        assertTrue(stored.contains("Version " + NoisyRouter.FACTS.version()), stored);
        assertTrue(stored.chars().noneMatch(c -> c < 0x20 && c != '\n' && c != '\t' || c >= 0x7F && c <= 0x9F),
                "control characters stored: " + stored);
        assertTrue(!stored.contains("--More--") && stored.contains("\uFFFD"), stored);
    }
}
