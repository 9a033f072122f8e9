package io.driftwatch.alerting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.driftwatch.testing.FakeRouters;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(FakeRouters.class)
@QuarkusTestResource(HookReceiver.class)
class ChatHookTest {

    @Test
    void slackAndTeamsGetMessagesThatReadWellThere() {
        HookReceiver.VersionChange change = HookReceiver.upgrade("alert-07", "alert-chat");
        String before = change.from();
        String after = change.to();
        long eventId = change.eventId();
        String link = HookReceiver.BASE_URL + "/devices/alert-07";

        HookReceiver.Received slack = HookReceiver.await("/slack",
                r -> ("event-" + eventId).equals(r.header("X-Driftwatch-Event-Id")), Duration.ofSeconds(30));
        JsonPath message = slack.json();
        assertEquals("Driftwatch: Version changed on alert-07 (alert-chat): " + before + " → " + after + " (upgrade)",
                message.getString("text"));
        assertEquals("section", message.getString("blocks[0].type"));
        assertEquals("mrkdwn", message.getString("blocks[0].text.type"));
        assertEquals("*Version changed* on *<" + link + "|alert-07>*\n`" + before + "` → `" + after + "` (upgrade)",
                message.getString("blocks[0].text.text"));
        assertEquals("context", message.getString("blocks[1].type"));
        assertTrue(
                message.getString("blocks[1].elements[0].text").startsWith("group alert-chat · cisco_ios · 127.0.0.1"));

        HookReceiver.Received teams = HookReceiver.await("/teams",
                r -> ("event-" + eventId).equals(r.header("X-Driftwatch-Event-Id")), Duration.ofSeconds(30));
        JsonPath card = teams.json();
        assertEquals("message", card.getString("type"));
        assertEquals("application/vnd.microsoft.card.adaptive", card.getString("attachments[0].contentType"));
        JsonPath content = JsonPath.from(teams.json().prettify()).setRootPath("attachments[0].content");
        assertEquals("AdaptiveCard", content.getString("type"));
        assertEquals("1.4", content.getString("version"));
        // Markdown in Teams: router text arrives escaped and reads as it was.
        assertEquals("Version changed: alert\\-07", content.getString("body[0].text"));
        assertEquals("Version changed: alert-07", MessagesTest.rendered(content.getString("body[0].text")));
        assertEquals(before + " → " + after + " (upgrade)", MessagesTest.rendered(content.getString("body[1].text")));
        assertEquals("FactSet", content.getString("body[2].type"));
        assertEquals("alert-chat", MessagesTest.rendered(content.getString("body[2].facts.find { it.title == 'Group' }"
                + ".value")));
        assertEquals(before,
                MessagesTest.rendered(content.getString("body[2].facts.find { it.title == 'From' }.value")));
        assertEquals("Action.OpenUrl", content.getString("actions[0].type"));
        assertEquals(link, content.getString("actions[0].url"));
    }
}
