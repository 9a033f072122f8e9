package io.driftwatch.alerting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The message formats on their own: escaping, optional fields, long digests. */
class MessagesTest {

    private static final Instant AT = Instant.parse("2026-11-26T08:00:00Z");

    @Test
    void slackEscapesWhatItsMarkupWouldReadAsLinks() {
        EventMessage event = new EventMessage("event-1", 1, "VERSION_CHANGED", "edge<&>01", "core", "10.0.0.1",
                "cisco_ios", "17.9.4", "17.12.1", "UPGRADE", null, 9L, AT, "https://d/devices/edge%3C%26%3E01");
        JsonPath slack = json(SlackMessage.of(new Outgoing(1, "chat", 1, event, null)));
        String section = slack.getString("blocks[0].text.text");
        assertTrue(section.contains("<https://d/devices/edge%3C%26%3E01|edge&lt;&amp;&gt;01>*"), section);
        assertFalse(section.contains("edge<&>01"));
        assertTrue(slack.getString("text").startsWith("Driftwatch: Version changed on edge&lt;&amp;&gt;01 (core)"));
    }

    @Test
    void evidenceAppearsOnlyWhenTheEventHasSome() {
        EventMessage plain = event(1, "r1", "a", "b");
        assertFalse(json(WebhookBody.of(new Outgoing(1, "noc", 1, plain, null))).getMap("").containsKey("evidence"));
        EventMessage withEvidence = new EventMessage("event-2", 2, "NON_COMPLIANT", "r1", "core", "10.0.0.1",
                "cisco_ios", null, "17.3.1", null, "rule cisco_ios >= 17.9.4 does not allow 17.3.1", 7L, AT,
                "https://d/devices/r1");
        JsonPath body = json(WebhookBody.of(new Outgoing(2, "noc", 1, withEvidence, null)));
        assertEquals("rule cisco_ios >= 17.9.4 does not allow 17.3.1", body.getString("evidence"));
        assertTrue(json(SlackMessage.of(new Outgoing(2, "chat", 1, withEvidence, null)))
                .getString("blocks[0].text.text").endsWith("\nrule cisco_ios &gt;= 17.9.4 does not allow 17.3.1"));
        assertEquals("rule cisco_ios >= 17.9.4 does not allow 17.3.1", json(TeamsMessage.of(new Outgoing(2, "teams", 1,
                withEvidence, null))).getString("attachments[0].content.body[2].facts.find { it.title == 'Why' }.value"));
        assertEquals("rule cisco_ios >= 17.9.4 does not allow 17.3.1",
                ExecSender.variables(hook(), new Outgoing(2, "x", 1, withEvidence, null)).get("DRIFTWATCH_EVIDENCE"));
        assertEquals("Non compliant", withEvidence.title());
        assertEquals("— → 17.3.1", withEvidence.change());
    }

    @Test
    void aLargeDigestShowsTheFirstEventsAndCountsTheRest() {
        List<EventMessage> events = IntStream.range(0, 2000)
                .mapToObj(i -> event(i, "r%04d".formatted(i), "17.9.4", "17.12.1")).toList();
        DigestMessage digest = new DigestMessage("digest-9", 9, "COMPLETED", events, "https://d/sweeps/9");
        assertEquals("2000 drift events: 2000 version changed", digest.summary());
        JsonPath slack = json(SlackMessage.of(new Outgoing(1, "chat", 1, null, digest)));
        String lines = slack.getString("blocks[1].text.text");
        assertEquals(SlackMessage.DIGEST_LINES + 1, lines.lines().count());
        assertTrue(lines.endsWith("…and 1980 more on the <https://d/sweeps/9|sweep page>"), lines);
        assertTrue(lines.length() < 3000, "Slack's limit for a section");
        JsonPath teams = json(TeamsMessage.of(new Outgoing(1, "teams", 1, null, digest)));
        assertEquals(SlackMessage.DIGEST_LINES, teams.getList("attachments[0].content.body[1].facts").size());
        assertEquals("…and 1980 more on the sweep page.", teams.getString("attachments[0].content.body[2].text"));
        JsonPath webhook = json(WebhookBody.of(new Outgoing(1, "noc", 1, null, digest)));
        assertEquals(2000, webhook.getList("events").size(), "the webhook digest carries every event");
        assertEquals(2000, webhook.getInt("kinds.VERSION_CHANGED"));
    }

    private static EventMessage event(long id, String device, String from, String to) {
        return new EventMessage("event-" + id, id, "VERSION_CHANGED", device, "core", "10.0.0.1", "cisco_ios", from,
                to, "UPGRADE", null, 9L, AT, "https://d/devices/" + device);
    }

    private static Hook hook() {
        return new Hook("x", HookType.EXEC, java.util.Optional.empty(), java.util.Optional.empty(), java.util.Map.of(),
                java.util.Optional.empty(), java.util.Set.of(),
                java.util.Set.of(), List.of("true"), java.time.Duration.ofSeconds(1), false,
                java.time.Duration.ofSeconds(1), java.time.Duration.ofSeconds(1));
    }

    private static JsonPath json(byte[] body) {
        return JsonPath.from(new String(body, StandardCharsets.UTF_8));
    }
}
