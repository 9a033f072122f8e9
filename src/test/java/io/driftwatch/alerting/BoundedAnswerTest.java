package io.driftwatch.alerting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A receiver's answer is read up to a few KiB within the hook's timeout and the rest dropped; the status decides.
 * Real HTTP receivers on loopback that never finish their answers.
 */
class BoundedAnswerTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(1);
    /** Above the timeout for a loaded machine; far below "for ever", which is what an unbounded read takes. */
    private static final Duration BOUND = TIMEOUT.plusSeconds(3);

    private final HttpSender sender = new HttpSender();
    private DripReceiver receiver;

    @AfterEach
    void stop() {
        sender.close();
        if (receiver != null) {
            receiver.close();
        }
    }

    @Test
    void aSuccessThatNeverFinishesItsAnswerIsDeliveredAtTheTimeoutAndTheConnectionClosed() {
        receiver = DripReceiver.dripping(200, "", 10, Duration.ofMillis(100));
        long started = System.nanoTime();
        assertTimeoutPreemptively(BOUND, () -> sender.send(hook(receiver.url("/drip")), message(1)));
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertTrue(took.compareTo(TIMEOUT.minusMillis(100)) >= 0, "read until the timeout, took " + took);
        // The receiver sees the hang-up: nothing keeps the connection open after the delivery.
        Awaitility.await("the receiver sees the connection closed").atMost(5, TimeUnit.SECONDS)
                .until(() -> receiver.finished().size() == 1);
        DripReceiver.Call call = receiver.finished().get(0);
        assertEquals("event-1", call.eventId());
        assertTrue(call.held().compareTo(BOUND) < 0, "connection held " + call.held());
    }

    @Test
    void aFailureThatNeverFinishesItsAnswerFailsWithItsStatusAndRetryAfterWithinTheTimeout() {
        receiver = DripReceiver.dripping(503, "Retry-After: 7\r\n", 20, Duration.ofMillis(100));
        DeliveryException failure = assertTimeoutPreemptively(BOUND,
                () -> assertThrows(DeliveryException.class,
                        () -> sender.send(hook(receiver.url("/drip")), message(2))));
        assertTrue(failure.getMessage().startsWith("HTTP 503: xxxxxxxxxxxxxxxxxxxx"), failure.getMessage());
        assertEquals(Optional.of(Duration.ofSeconds(7)), failure.retryAfter());
    }

    @Test
    void aHugeAnswerIsCutAtAFewKilobytesWithoutWaitingForItsEnd() {
        // 64 KiB at once, then the drip: only the first 4 KiB are read, so the send ends well before the timeout.
        receiver = DripReceiver.dripping(500, "", 64 * 1024, Duration.ofMillis(100));
        Duration timeout = Duration.ofSeconds(20);
        long started = System.nanoTime();
        DeliveryException failure = assertTimeoutPreemptively(timeout.plusSeconds(5),
                () -> assertThrows(DeliveryException.class,
                        () -> sender.send(hook(receiver.url("/big"), timeout), message(3))));
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertTrue(took.compareTo(Duration.ofSeconds(10)) < 0, "waited for the end of the answer: " + took);
        assertEquals("HTTP 500: " + "x".repeat(300) + "…", failure.getMessage());
    }

    @Test
    void aReceiverThatNeverAnswersFailsAtTheTimeout() {
        receiver = DripReceiver.silent();
        DeliveryException failure = assertTimeoutPreemptively(BOUND,
                () -> assertThrows(DeliveryException.class,
                        () -> sender.send(hook(receiver.url("/mute")), message(4))));
        assertEquals("no answer within " + TIMEOUT, failure.getMessage());
    }

    private static Hook hook(String url) {
        return hook(url, TIMEOUT);
    }

    private static Hook hook(String url, Duration timeout) {
        return new Hook("drip", HookType.WEBHOOK, Optional.of(URI.create(url)), Optional.empty(), Map.of(),
                Optional.empty(), Set.of(), Set.of(), List.of(), timeout, false, Duration.ofSeconds(1),
                Duration.ofSeconds(1));
    }

    private static Outgoing message(long id) {
        return new Outgoing(id, "drip", 1, new EventMessage("event-" + id, id, "VERSION_CHANGED", "edge-01", "core",
                "10.0.0.1", "cisco_ios", "17.9.4", "17.12.1", "UPGRADE", null, 1L, Instant.now(),
                "https://driftwatch.example.net/devices/edge-01"), null);
    }
}
