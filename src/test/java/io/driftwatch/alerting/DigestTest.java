package io.driftwatch.alerting;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.driftwatch.testing.FakeRouters;
import io.driftwatch.testing.Sweeps;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(FakeRouters.class)
@QuarkusTestResource(HookReceiver.class)
class DigestTest {

    /** Six routers upgraded in one sweep: more than one event, and few enough for a fast test. */
    private static final List<String> DEVICES = IntStream.rangeClosed(8, 13).mapToObj("alert-%02d"::formatted).toList();

    @Test
    void aSweepsEventsGoOutAsOneMessagePerDigestHook() {
        FakeRouters.useOnly(DEVICES,
                DEVICES.stream().collect(Collectors.toMap(Function.identity(), d -> "alert-digest")));
        Sweeps.runAndWait();
        DEVICES.forEach(d -> FakeRouters.router(d).upgrade(Instant.now()));
        long sweepId = Sweeps.runAndWait().getLong("id");
        Set<Long> events = DEVICES.stream().map(d -> given().get("/api/drift?device=" + d).then().extract()
                .jsonPath().getLong("[0].id")).collect(Collectors.toSet());

        HookReceiver.Received digest = HookReceiver.await("/digest",
                r -> ("digest-" + sweepId).equals(r.header("X-Driftwatch-Event-Id")), Duration.ofSeconds(30));
        JsonPath body = digest.json();
        assertEquals("digest-" + sweepId, body.getString("id"));
        assertEquals("digest", body.getString("type"));
        assertEquals(sweepId, body.getLong("sweepId"));
        assertEquals("COMPLETED", body.getString("sweepState"));
        assertEquals(6, body.getInt("count"));
        assertEquals(6, body.getInt("kinds.VERSION_CHANGED"));
        assertEquals(events, Set.copyOf(body.getList("events.eventId", Long.class)));
        assertEquals(Set.copyOf(DEVICES), Set.copyOf(body.getList("events.device", String.class)));
        assertEquals(HookReceiver.BASE_URL + "/sweeps/" + sweepId, body.getString("link"));

        HookReceiver.Received slack = HookReceiver.await("/slack-digest",
                r -> ("digest-" + sweepId).equals(r.header("X-Driftwatch-Event-Id")), Duration.ofSeconds(30));
        assertEquals("Driftwatch sweep " + sweepId + ": 6 drift events: 6 version changed",
                slack.json().getString("text"));
        assertEquals(6, slack.json().getString("blocks[1].text.text").lines().count());

        // One message per hook for the six events, and nothing sent one by one: still so a second later.
        await("one digest of sweep " + sweepId + " per hook, for a second").during(Duration.ofSeconds(1))
                .atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
                    assertEquals(1, HookReceiver.at("/digest").stream()
                            .filter(r -> r.json().getLong("sweepId") == sweepId).count());
                    assertEquals(1, HookReceiver.at("/slack-digest").stream()
                            .filter(r -> r.header("X-Driftwatch-Event-Id").equals("digest-" + sweepId)).count());
                });
        assertTrue(HookReceiver.at("/digest").stream().allMatch(r -> "digest".equals(r.json().getString("type"))));
        JsonPath rows = given().get("/api/hooks/digest/deliveries").then().extract().jsonPath();
        assertEquals(6, rows.getList("findAll { it.state == 'DIGESTED' && it.sweepId == " + sweepId + " }").size());
        assertEquals("DELIVERED",
                rows.getString("find { it.kind == 'DIGEST' && it.sweepId == " + sweepId + " }.state"));
    }
}
