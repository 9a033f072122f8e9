package io.driftwatch.alerting;

import io.driftwatch.history.Device;
import io.driftwatch.history.DeviceRepository;
import io.driftwatch.history.DriftEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Writes a delivery row for every hook that wants a drift event, inside the transaction that records the event,
 * so the event and what is owed for it are committed or rolled back together; then wakes the worker.
 */
@ApplicationScoped
public class Outbox {

    private final Hooks hooks;
    private final DeliveryRepository deliveries;
    private final SilenceRepository silences;
    private final DeviceRepository devices;
    private final DeliveryWorker worker;
    private final Clock clock;

    public Outbox(Hooks hooks, DeliveryRepository deliveries, SilenceRepository silences, DeviceRepository devices,
            DeliveryWorker worker, Clock clock) {
        this.hooks = hooks;
        this.deliveries = deliveries;
        this.silences = silences;
        this.devices = devices;
        this.worker = worker;
        this.clock = clock;
    }

    void onRecorded(@Observes DriftEvent event) {
        if (hooks.all().isEmpty()) {
            return;
        }
        Device device = devices.findById(event.deviceId);
        String name = device == null ? null : device.name;
        String group = device == null ? null : device.group;
        List<Hook> wanting = hooks.all().stream().filter(h -> h.wants(event.kind.name(), group)).toList();
        if (wanting.isEmpty()) {
            return;
        }
        // Whether the event falls in a silence is decided once, by when it happened, not by when it is sent.
        Silence silence = silences.activeAt(event.occurredAt).stream()
                .filter(s -> s.covers(name, group, event.occurredAt)).findFirst().orElse(null);
        Instant now = clock.instant();
        for (Hook hook : wanting) {
            Delivery delivery = new Delivery();
            delivery.hook = hook.name();
            delivery.kind = Delivery.Kind.EVENT;
            delivery.eventId = event.id;
            delivery.deviceId = event.deviceId;
            delivery.orderKey = event.deviceId;
            delivery.sweepId = event.sweepId;
            delivery.createdAt = now;
            if (silence != null) {
                delivery.state = Delivery.State.SILENCED;
                delivery.silenceId = silence.id;
            } else if (hook.digest() && event.sweepId != null) {
                delivery.state = Delivery.State.HELD;
            } else {
                delivery.state = Delivery.State.PENDING;
                delivery.nextAttemptAt = now;
            }
            deliveries.persist(delivery);
        }
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) DriftEvent event) {
        worker.wake();
    }
}
