package io.driftwatch.alerting;

import io.driftwatch.text.Times;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Microsoft Teams message: an Adaptive Card (1.4) in the {@code message} envelope with an attachment, the form
 * both Workflows ("post to a channel when a webhook request is received") and classic incoming webhooks accept.
 */
final class TeamsMessage {

    /** What Teams' markdown (CommonMark with a few extensions) may read as markup in running text. */
    private static final String MARKUP = "\\`*_{}[]()<>#+-.!|~&=";

    private TeamsMessage() {
    }

    static byte[] of(Outgoing message) {
        return WebhookBody.bytes(envelope(message.event() != null ? event(message.event()) : digest(message.digest())));
    }

    private static Map<String, Object> envelope(Map<String, Object> card) {
        Map<String, Object> attachment = new LinkedHashMap<>();
        attachment.put("contentType", "application/vnd.microsoft.card.adaptive");
        attachment.put("contentUrl", null);
        attachment.put("content", card);
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("type", "message");
        message.put("attachments", List.of(attachment));
        return message;
    }

    private static Map<String, Object> event(EventMessage event) {
        List<Object> facts = new ArrayList<>();
        facts.add(fact("Device", escape(event.device())));
        facts.add(fact("Group", escape(event.group())));
        facts.add(fact("Platform", escape(event.platform())));
        facts.add(fact("Host", escape(event.host())));
        facts.add(fact("From", escape(event.from())));
        facts.add(fact("To", escape(event.to())));
        if (event.direction() != null) {
            facts.add(fact("Direction", event.direction().toLowerCase()));
        }
        if (event.evidence() != null) {
            facts.add(fact("Why", escape(event.evidence())));
        }
        if (event.sweepId() != null) {
            facts.add(fact("Sweep", event.sweepId().toString()));
        }
        facts.add(fact("When", Times.utc(event.occurredAt())));
        List<Object> body = List.of(
                title(event.title() + ": " + escape(event.device())),
                text(escape(event.change())),
                Map.of("type", "FactSet", "facts", facts));
        return card(body, "Open " + event.device(), event.link());
    }

    private static Map<String, Object> digest(DigestMessage digest) {
        List<Object> body = new ArrayList<>();
        body.add(title("Sweep " + digest.sweepId() + ": " + escape(digest.summary())));
        List<Object> facts = new ArrayList<>();
        int shown = Math.min(SlackMessage.DIGEST_LINES, digest.events().size());
        for (EventMessage event : digest.events().subList(0, shown)) {
            facts.add(fact(escape(event.device()), event.title().toLowerCase() + ": " + escape(event.change())));
        }
        body.add(Map.of("type", "FactSet", "facts", facts));
        if (digest.events().size() > shown) {
            body.add(text("…and " + (digest.events().size() - shown) + " more on the sweep page."));
        }
        return card(body, "Open sweep " + digest.sweepId(), digest.link());
    }

    private static Map<String, Object> card(List<Object> body, String action, String link) {
        Map<String, Object> card = new LinkedHashMap<>();
        card.put("$schema", "http://adaptivecards.io/schemas/adaptive-card.json");
        card.put("type", "AdaptiveCard");
        card.put("version", "1.4");
        card.put("body", body);
        card.put("actions", List.of(Map.of("type", "Action.OpenUrl", "title", action, "url", link)));
        return card;
    }

    /**
     * Text from routers (versions, names, evidence) as Teams shows it, character for character: every ASCII
     * character its markdown could read as markup gets a backslash, as CommonMark allows for any punctuation, so a
     * version like {@code 17.9[x](https://evil)} stays text instead of becoming a link; line breaks become spaces,
     * so no value starts a heading or a list. Null stays null (shown as a dash).
     */
    static String escape(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\n') {
                escaped.append(' ');
                continue;
            }
            if (MARKUP.indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }

    private static Map<String, Object> title(String text) {
        return Map.of("type", "TextBlock", "text", text, "weight", "Bolder", "size", "Medium", "wrap", true);
    }

    private static Map<String, Object> text(String text) {
        return Map.of("type", "TextBlock", "text", text, "wrap", true);
    }

    private static Map<String, Object> fact(String title, String value) {
        return Map.of("title", title, "value", value == null ? "—" : value);
    }
}
