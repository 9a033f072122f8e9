package io.driftwatch.alerting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.driftwatch.history.DeviceRepository;
import io.driftwatch.history.DriftEvent;
import io.driftwatch.history.DriftEventRepository;
import io.driftwatch.testing.DriftEvents;
import io.driftwatch.testing.FakeRouters;
import io.driftwatch.testing.Sweeps;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(FakeRouters.class)
@QuarkusTestResource(HookReceiver.class)
class OutboxTransactionTest {

    @Inject
    DriftEventRepository events;
    @Inject
    DeviceRepository devices;
    @Inject
    DeliveryRepository deliveries;

    @Test
    void anEventAndItsDeliveriesCommitOrRollBackTogether() {
        FakeRouters.useOnly(List.of("alert-14"), Map.of("alert-14", "alert-web"));
        Sweeps.runAndWait();
        long deviceId = QuarkusTransaction.requiringNew().call(() -> devices.findByName("alert-14").orElseThrow().id);

        AtomicLong rolledBack = new AtomicLong();
        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            rolledBack.set(record(deviceId, "rolled-back"));
            assertEquals(1, deliveries.count("eventId", rolledBack.get()), "only the web hook wants this");
            throw new IllegalStateException("whatever made the sweep's batch fail");
        }));
        assertEquals(0L, (long) QuarkusTransaction.requiringNew().call(() -> deliveries.count("eventId",
                rolledBack.get())));

        long committed = QuarkusTransaction.requiringNew().call(() -> record(deviceId, "committed"));
        // An event raised outside a sweep goes out on its own, at once after the commit.
        HookReceiver.Received received = HookReceiver.await("/web",
                r -> r.json().getLong("eventId") == committed, Duration.ofSeconds(30));
        assertEquals("committed", received.json().getString("to"));
        assertNull(received.json().get("sweepId"));
        assertEquals(1L, (long) QuarkusTransaction.requiringNew().call(() -> deliveries.count("eventId", committed)));
    }

    private long record(long deviceId, String to) {
        DriftEvent event = DriftEvents.versionChange(deviceId, to);
        events.record(event);
        return event.id;
    }
}
