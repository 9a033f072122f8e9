package io.driftwatch.alerting;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The documented JSON body of webhook deliveries, also what an exec hook reads on stdin. */
final class WebhookBody {

    static final ObjectMapper JSON = new ObjectMapper();

    private WebhookBody() {
    }

    static byte[] of(Outgoing message) {
        return bytes(message.event() != null ? event(message.event(), true) : digest(message.digest()));
    }

    static Map<String, Object> event(EventMessage event, boolean withType) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", event.id());
        if (withType) {
            body.put("type", "event");
        }
        body.put("eventId", event.eventId());
        body.put("kind", event.kind());
        body.put("device", event.device());
        body.put("group", event.group());
        body.put("host", event.host());
        body.put("platform", event.platform());
        body.put("from", event.from());
        body.put("to", event.to());
        body.put("direction", event.direction());
        if (event.evidence() != null) {
            body.put("evidence", event.evidence());
        }
        body.put("sweepId", event.sweepId());
        body.put("occurredAt", event.occurredAt().toString());
        body.put("link", event.link());
        return body;
    }

    private static Map<String, Object> digest(DigestMessage digest) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", digest.id());
        body.put("type", "digest");
        body.put("sweepId", digest.sweepId());
        body.put("sweepState", digest.sweepState());
        body.put("count", digest.events().size());
        body.put("kinds", digest.counts());
        List<Map<String, Object>> events = digest.events().stream().map(e -> event(e, false)).toList();
        body.put("events", events);
        body.put("link", digest.link());
        return body;
    }

    static byte[] bytes(Object tree) {
        try {
            return JSON.writeValueAsBytes(tree);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
