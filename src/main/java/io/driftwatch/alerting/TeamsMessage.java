package io.driftwatch.alerting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Microsoft Teams message: an Adaptive Card (1.4) in the {@code message} envelope with an attachment, the form
 * both Workflows ("post to a channel when a webhook request is received") and classic incoming webhooks accept.
 */
final class TeamsMessage {

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
        facts.add(fact("Device", event.device()));
        facts.add(fact("Group", event.group()));
        facts.add(fact("Platform", event.platform()));
        facts.add(fact("Host", event.host()));
        facts.add(fact("From", event.from()));
        facts.add(fact("To", event.to()));
        if (event.direction() != null) {
            facts.add(fact("Direction", event.direction().toLowerCase()));
        }
        if (event.evidence() != null) {
            facts.add(fact("Why", event.evidence()));
        }
        if (event.sweepId() != null) {
            facts.add(fact("Sweep", event.sweepId().toString()));
        }
        facts.add(fact("When", Times.utc(event.occurredAt())));
        List<Object> body = List.of(
                title(event.title() + ": " + event.device()),
                text(event.change()),
                Map.of("type", "FactSet", "facts", facts));
        return card(body, "Open " + event.device(), event.link());
    }

    private static Map<String, Object> digest(DigestMessage digest) {
        List<Object> body = new ArrayList<>();
        body.add(title("Sweep " + digest.sweepId() + ": " + digest.summary()));
        List<Object> facts = new ArrayList<>();
        int shown = Math.min(SlackMessage.DIGEST_LINES, digest.events().size());
        for (EventMessage event : digest.events().subList(0, shown)) {
            facts.add(fact(event.device(), event.title().toLowerCase() + ": " + event.change()));
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
