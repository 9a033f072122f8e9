package io.driftwatch.alerting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Slack incoming-webhook message: {@code text} for notifications and clients without blocks, and blocks that
 * read well in the channel. Slack's mrkdwn needs {@code &}, {@code <} and {@code >} escaped.
 */
final class SlackMessage {

    /** Events listed one per line in a digest; the rest are counted and a link leads to the sweep. */
    static final int DIGEST_LINES = 20;

    private SlackMessage() {
    }

    static byte[] of(Outgoing message) {
        return WebhookBody.bytes(message.event() != null ? event(message.event()) : digest(message.digest()));
    }

    private static Map<String, Object> event(EventMessage event) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("text", escape("Driftwatch: " + event.title() + " on " + event.device() + " (" + event.group()
                + "): " + event.change()));
        List<Object> blocks = new ArrayList<>();
        blocks.add(section("*" + escape(event.title()) + "* on *<" + event.link() + "|" + escape(event.device())
                + ">*\n`" + escape(value(event.from())) + "` → `" + escape(value(event.to())) + "`"
                + (event.direction() == null ? "" : " (" + escape(event.direction().toLowerCase()) + ")")
                + (event.evidence() == null ? "" : "\n" + escape(event.evidence()))));
        blocks.add(context("group " + escape(event.group()) + " · " + escape(value(event.platform())) + " · "
                + escape(value(event.host())) + (event.sweepId() == null ? "" : " · sweep " + event.sweepId())
                + " · " + Times.utc(event.occurredAt())));
        body.put("blocks", blocks);
        return body;
    }

    private static Map<String, Object> digest(DigestMessage digest) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("text", escape("Driftwatch sweep " + digest.sweepId() + ": " + digest.summary()));
        List<Object> blocks = new ArrayList<>();
        blocks.add(section("*<" + digest.link() + "|Sweep " + digest.sweepId() + ">*: " + escape(digest.summary())));
        StringBuilder lines = new StringBuilder();
        for (EventMessage event : digest.events().subList(0, Math.min(DIGEST_LINES, digest.events().size()))) {
            lines.append("• <").append(event.link()).append('|').append(escape(event.device())).append("> ")
                    .append(escape(event.title().toLowerCase())).append(": `")
                    .append(escape(clip(value(event.from())))).append("` → `").append(escape(clip(value(event.to()))))
                    .append("`\n");
        }
        int more = digest.events().size() - DIGEST_LINES;
        if (more > 0) {
            lines.append("…and ").append(more).append(" more on the <").append(digest.link()).append("|sweep page>");
        }
        if (lines.length() > 0) {
            blocks.add(section(lines.toString().strip()));
        }
        body.put("blocks", blocks);
        return body;
    }

    private static Map<String, Object> section(String mrkdwn) {
        return Map.of("type", "section", "text", Map.of("type", "mrkdwn", "text", mrkdwn));
    }

    private static Map<String, Object> context(String mrkdwn) {
        return Map.of("type", "context", "elements", List.of(Map.of("type", "mrkdwn", "text", mrkdwn)));
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String value(String text) {
        return text == null ? "—" : text;
    }

    /** Long values (host key fingerprints, odd version strings) cut so 20 lines stay under Slack's 3,000 chars. */
    private static String clip(String text) {
        return text.length() <= 60 ? text : text.substring(0, 59) + "…";
    }
}
