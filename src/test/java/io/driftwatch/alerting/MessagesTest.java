package io.driftwatch.alerting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Document;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
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
        // Escaped for Teams' markdown, and shown there as it was written.
        assertEquals("rule cisco_ios >= 17.9.4 does not allow 17.3.1", rendered(json(TeamsMessage.of(new Outgoing(2,
                "teams", 1, withEvidence, null)))
                .getString("attachments[0].content.body[2].facts.find { it.title == 'Why' }.value")));
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

    /** Values a hostile or broken router could report, each trying a different markup of Teams or Slack. */
    private static final List<String> HOSTILE = List.of(
            "17.9[x](https://evil)",
            "17.9 [click](javascript:alert(1)) ![img](https://evil/p.png)",
            "**urgent** _now_ ~gone~ `code` <https://evil|ok> <!channel> @here",
            "# heading\n- item\n1. first\n> quote",
            "a\\*b\\ c` x ``y`` &amp; &lt; &#91;",
            "edge-01](https://evil) | --- | ===");

    @Test
    void teamsShowsHostileRouterTextAsTheTextItIsNeverAsLinksOrMarkup() {
        for (String hostile : HOSTILE) {
            EventMessage event = new EventMessage("event-3", 3, "VERSION_CHANGED", hostile, hostile, hostile,
                    hostile, hostile, hostile, "UPGRADE", hostile, 9L, AT, "https://d/devices/x");
            JsonPath card = json(TeamsMessage.of(new Outgoing(3, "teams", 1, event, null)))
                    .setRootPath("attachments[0].content");
            List<String> texts = new ArrayList<>(card.getList("body.findAll { it.type == 'TextBlock' }.text"));
            texts.addAll(card.getList("body[2].facts.value"));
            String oneLine = hostile.replace('\n', ' ');
            assertEquals(List.of("Version changed: " + oneLine, oneLine + " → " + oneLine + " (upgrade)"),
                    texts.subList(0, 2).stream().map(MessagesTest::rendered).toList(), hostile);
            for (String text : texts) {
                assertPlainText(text);
            }
            assertEquals(oneLine, rendered(card.getString("body[2].facts.find { it.title == 'From' }.value")));
            // The same for a digest's lines, whose fact titles are device names.
            DigestMessage digest = new DigestMessage("digest-9", 9, "COMPLETED", List.of(event), "https://d/sweeps/9");
            JsonPath digestCard = json(TeamsMessage.of(new Outgoing(4, "teams", 1, null, digest)))
                    .setRootPath("attachments[0].content");
            assertPlainText(digestCard.getString("body[1].facts[0].title"));
            assertPlainText(digestCard.getString("body[1].facts[0].value"));
            assertEquals(oneLine, rendered(digestCard.getString("body[1].facts[0].title")));
        }
    }

    @Test
    void teamsLeavesPlainVersionsReadableAndEscapesOnlyWhatItMust() {
        assertEquals("17\\.9\\[x\\]\\(https://evil\\)", TeamsMessage.escape("17.9[x](https://evil)"));
        assertEquals("edge01 core 10 0 0 1", TeamsMessage.escape("edge01 core 10 0 0 1"));
        assertEquals(null, TeamsMessage.escape(null));
        // What the escaping is for: unescaped, the version is a link in the NOC channel.
        assertTrue(hasMarkup("17.9[x](https://evil)"), "the parser sees the link the escaping must defuse");
    }

    @Test
    void slackKeepsHostileRouterTextInsideItsCodeSpansAndOutOfItsLinks() {
        for (String hostile : HOSTILE) {
            EventMessage event = new EventMessage("event-5", 5, "VERSION_CHANGED", hostile, hostile, hostile,
                    hostile, hostile, hostile, "UPGRADE", hostile, 9L, AT, "https://d/devices/x");
            JsonPath slack = json(SlackMessage.of(new Outgoing(5, "chat", 1, event, null)));
            String section = slack.getString("blocks[0].text.text");
            assertEquals(true, slack.getBoolean("blocks[0].text.verbatim"), "no automatic links or mentions");
            assertEquals(true, slack.getBoolean("blocks[1].elements[0].verbatim"));
            // Exactly the markup Driftwatch wrote: one link (the device page) and two code spans (from and to).
            assertEquals(List.of("<https://d/devices/x|"), links(section), section);
            String code = "`" + slackText(hostile) + "`";
            assertTrue(section.contains("\n" + code + " → " + code), section);
            assertEquals(4, section.chars().filter(c -> c == '`').count(), "only the spans' own backticks: " + section);
            assertEquals(0, slack.getString("blocks[1].elements[0].text").chars().filter(c -> c == '`').count());
            for (String text : List.of(section, slack.getString("blocks[1].elements[0].text"),
                    slack.getString("text"))) {
                assertFalse(text.replace("<https://d/devices/x|", "").contains("<"), text);
                assertFalse(text.replace(">*", "").replace("&gt;", "").contains(">"), text);
            }
            DigestMessage digest = new DigestMessage("digest-9", 9, "COMPLETED", List.of(event), "https://d/sweeps/9");
            String lines = json(SlackMessage.of(new Outgoing(6, "chat", 1, null, digest)))
                    .getString("blocks[1].text.text");
            assertEquals(List.of("<https://d/devices/x|"), links(lines), lines);
            assertEquals(4, lines.chars().filter(c -> c == '`').count(), lines);
        }
    }

    /** A code span's content as Slack must get it: entities, the backtick's look-alike, spaces for line breaks. */
    private static String slackText(String hostile) {
        return hostile.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('`', '\u02CB')
                .replace('\n', ' ');
    }

    private static List<String> links(String mrkdwn) {
        return Pattern.compile("<[^>|]*\\|").matcher(mrkdwn).results()
                .map(MatchResult::group).toList();
    }

    /** The text CommonMark (which Teams' markdown follows) shows for the markdown. */
    static String rendered(String markdown) {
        StringBuilder text = new StringBuilder();
        PARSER.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Text node) {
                text.append(node.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak node) {
                text.append('\n');
            }
        });
        return text.toString();
    }

    /** One paragraph of plain text: no link, image, emphasis, code, heading, list, quote or HTML. */
    private static void assertPlainText(String markdown) {
        assertFalse(hasMarkup(markdown), markdown);
    }

    private static boolean hasMarkup(String markdown) {
        Node document = PARSER.parse(markdown);
        boolean[] markup = {false};
        document.accept(new AbstractVisitor() {
            @Override
            protected void visitChildren(Node parent) {
                if (!(parent instanceof Document || parent instanceof Paragraph || parent instanceof Text)) {
                    markup[0] = true;
                }
                super.visitChildren(parent);
            }
        });
        return markup[0] || !(document.getFirstChild() instanceof Paragraph)
                || document.getFirstChild().getNext() != null;
    }

    private static final Parser PARSER = Parser.builder().build();

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
