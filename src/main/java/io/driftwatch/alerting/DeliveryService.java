package io.driftwatch.alerting;

import io.driftwatch.dashboard.WebConfig;
import io.driftwatch.history.Device;
import io.driftwatch.history.DeviceRepository;
import io.driftwatch.history.DriftEvent;
import io.driftwatch.history.DriftEventRepository;
import io.driftwatch.history.Sweep;
import io.driftwatch.history.SweepRepository;
import io.driftwatch.text.Urls;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The outbox's transactions, for the delivery worker: what is due, digests, and each attempt's outcome. */
@ApplicationScoped
public class DeliveryService {

    private static final int ERROR_CHARS = 2000;

    private final DeliveryRepository deliveries;
    private final DriftEventRepository events;
    private final DeviceRepository devices;
    private final SweepRepository sweeps;
    private final WebConfig dashboard;
    private final Clock clock;

    public DeliveryService(DeliveryRepository deliveries, DriftEventRepository events, DeviceRepository devices,
            SweepRepository sweeps, WebConfig dashboard, Clock clock) {
        this.deliveries = deliveries;
        this.events = events;
        this.devices = devices;
        this.sweeps = sweeps;
        this.dashboard = dashboard;
        this.clock = clock;
    }

    /**
     * Brings held events in line with the hook: a digest hook gets one digest row per ended sweep; a hook that no
     * longer digests sends its held events one by one.
     */
    @Transactional
    public void settleHeld(Hook hook) {
        Instant now = clock.instant();
        if (!hook.digest()) {
            deliveries.release(hook.name(), now);
            return;
        }
        Map<Long, List<Delivery>> bySweep = deliveries.heldOfEndedSweeps(hook.name()).stream()
                .collect(Collectors.groupingBy(d -> d.sweepId, LinkedHashMap::new, Collectors.toList()));
        for (Map.Entry<Long, List<Delivery>> sweep : bySweep.entrySet()) {
            Delivery digest = new Delivery();
            digest.hook = hook.name();
            digest.kind = Delivery.Kind.DIGEST;
            digest.sweepId = sweep.getKey();
            digest.orderKey = 0;
            digest.state = Delivery.State.PENDING;
            digest.createdAt = now;
            digest.nextAttemptAt = now;
            deliveries.persist(digest);
            for (Delivery held : sweep.getValue()) {
                held.state = Delivery.State.DIGESTED;
                held.digestId = digest.id;
            }
        }
    }

    /** The hook's deliveries that are due and first in line, ready to send. */
    @Transactional
    public List<Outgoing> due(Hook hook, int limit) {
        List<Outgoing> ready = new ArrayList<>();
        for (Delivery delivery : deliveries.due(hook.name(), clock.instant(), limit)) {
            if (delivery.kind == Delivery.Kind.DIGEST) {
                ready.add(new Outgoing(delivery.id, hook.name(), delivery.attempts + 1, null, digest(delivery)));
                continue;
            }
            DriftEvent event = events.findById(delivery.eventId);
            if (event == null) {
                delivery.state = Delivery.State.DROPPED;
                delivery.lastError = "the event was deleted by history retention before it could be sent";
                continue;
            }
            ready.add(new Outgoing(delivery.id, hook.name(), delivery.attempts + 1,
                    message(event, devices.findById(event.deviceId)), null));
        }
        return ready;
    }

    @Transactional
    public void delivered(long deliveryId) {
        Delivery delivery = deliveries.findById(deliveryId);
        Instant now = clock.instant();
        delivery.state = Delivery.State.DELIVERED;
        delivery.attempts++;
        delivery.lastAttemptAt = now;
        delivery.deliveredAt = now;
        delivery.nextAttemptAt = null;
    }

    /** Records a failed attempt and schedules the next one; returns when that is. */
    @Transactional
    public Instant failed(long deliveryId, Hook hook, String error, Optional<Duration> retryAfter) {
        Delivery delivery = deliveries.findById(deliveryId);
        Instant now = clock.instant();
        delivery.attempts++;
        delivery.lastAttemptAt = now;
        delivery.lastError = error.length() <= ERROR_CHARS ? error : error.substring(0, ERROR_CHARS);
        delivery.nextAttemptAt = now.plus(
                Backoff.after(delivery.attempts, hook.retryInitialDelay(), hook.retryMaxDelay(), retryAfter));
        return delivery.nextAttemptAt;
    }

    /** The event as hooks see it. */
    EventMessage message(DriftEvent event, Device device) {
        String name = device == null ? "device " + event.deviceId : device.name;
        String platform = device == null ? null
                : device.detectedPlatform != null ? device.detectedPlatform : device.platform;
        return new EventMessage("event-" + event.id, event.id, event.kind.name(), name,
                device == null ? null : device.group, device == null ? null : device.host, platform,
                event.fromValue, event.toValue, event.direction == null ? null : event.direction.name(), event.evidence,
                event.sweepId, event.occurredAt, dashboard.baseUrl() + "/devices/" + Urls.pathSegment(name));
    }

    private DigestMessage digest(Delivery digest) {
        List<Delivery> carried = deliveries.inDigest(digest.id);
        Map<Long, DriftEvent> byId = carried.isEmpty() ? Map.of()
                : events.list("id in ?1", carried.stream().map(d -> d.eventId).toList()).stream()
                        .collect(Collectors.toMap(e -> e.id, Function.identity()));
        Map<Long, Device> deviceById = byId.isEmpty() ? Map.of()
                : devices.byIds(byId.values().stream().map(e -> e.deviceId).distinct().toList()).stream()
                        .collect(Collectors.toMap(d -> d.id, Function.identity()));
        List<EventMessage> messages = carried.stream().map(d -> byId.get(d.eventId)).filter(e -> e != null)
                .map(e -> message(e, deviceById.get(e.deviceId))).toList();
        Sweep sweep = sweeps.findById(digest.sweepId);
        return new DigestMessage("digest-" + digest.sweepId, digest.sweepId,
                sweep == null ? null : sweep.state.name(), messages,
                dashboard.baseUrl() + "/sweeps/" + digest.sweepId);
    }
}
