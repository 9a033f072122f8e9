package io.driftwatch.alerting;

import io.driftwatch.text.Times;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Slack incoming-webhook message: {@code text} for notifications and clients without blocks, and blocks that
 * read well in the channel. Slack's mrkdwn needs {@code &}, {@code <} and {@code >} escaped, and backticks kept out
 * of code spans; the blocks are {@code verbatim}, so Slack links no channel name, mention or URL found in router text.
 */
final class SlackMessage {

    /** Events listed one per line in a digest; the rest are counted and a link leads to the sweep. */
    static final int DIGEST_LINES = 20;
    private static final char BACKTICK_LOOKALIKE = '\u02CB';

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
                + ">*\n" + code(value(event.from())) + " → " + code(value(event.to()))
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
                    .append(escape(event.title().toLowerCase())).append(": ")
                    .append(code(clip(value(event.from())))).append(" → ").append(code(clip(value(event.to()))))
                    .append('\n');
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
        return Map.of("type", "section", "text", Map.of("type", "mrkdwn", "text", mrkdwn, "verbatim", true));
    }

    private static Map<String, Object> context(String mrkdwn) {
        return Map.of("type", "context", "elements",
                List.of(Map.of("type", "mrkdwn", "text", mrkdwn, "verbatim", true)));
    }

    /**
     * Text as mrkdwn shows it: {@code &}, {@code <} and {@code >} as entities, so nothing becomes a link or a
     * mention. mrkdwn has no escape for a backtick, and one would open or end a code span, so it becomes the
     * look-alike {@code ˋ} (U+02CB).
     */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('`', BACKTICK_LOOKALIKE);
    }

    /** A value in a code span; line breaks, which would end the span, become spaces. */
    static String code(String text) {
        return "`" + escape(text).replace('\n', ' ').replace('\r', ' ') + "`";
    }

    private static String value(String text) {
        return text == null ? "—" : text;
    }

    /** Long values (host key fingerprints, odd version strings) cut so 20 lines stay under Slack's 3,000 chars. */
    private static String clip(String text) {
        return text.length() <= 60 ? text : text.substring(0, 59) + "…";
    }
}
