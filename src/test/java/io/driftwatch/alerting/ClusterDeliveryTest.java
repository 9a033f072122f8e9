package io.driftwatch.alerting;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.driftwatch.cluster.ClusterProfile;
import io.driftwatch.history.Device;
import io.driftwatch.history.DriftEvent;
import io.driftwatch.history.DriftEventRepository;
import io.driftwatch.testing.DriftEvents;
import io.driftwatch.testing.PostgresqlDatabase;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** A hook's messages go out from the one replica that holds its lease, and from another once that one dies. */
@QuarkusTest
@TestProfile(ClusterProfile.class)
@QuarkusTestResource(HookReceiver.class)
@EnabledIfSystemProperty(named = PostgresqlDatabase.SWITCH, matches = "postgresql")
class ClusterDeliveryTest {

    @Inject
    DriftEventRepository events;
    @Inject
    DeliveryRepository deliveries;
    @Inject
    EntityManager entityManager;

    @Test
    void aHookHeldByAnotherReplicaIsSentOnlyOnceItsLeaseRunsOut() {
        String lease = DeliveryWorker.lease("once");
        // The other replica holds the hook, as if it had taken it first and kept renewing it.
        sql("insert into cluster_lease (name, node_id, lease_until) values ('" + lease + "', 'other-node',"
                + " now() + interval '1 hour') on conflict (name) do update set node_id = excluded.node_id,"
                + " lease_until = excluded.lease_until");
        long first = device("cluster-once-a");
        long second = device("cluster-once-b");
        List<Long> raised = new ArrayList<>();
        for (long device : List.of(first, second, first, second, first)) {
            raised.add(QuarkusTransaction.requiringNew().call(() -> event(device, "v" + raised.size())));
        }

        await("nothing sent by this replica while the other holds the hook").during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(5)).until(() -> HookReceiver.at("/once").isEmpty());
        assertEquals(List.of(0), QuarkusTransaction.requiringNew().call(() -> deliveries
                .list("hook", "once").stream().map(d -> d.attempts).distinct().toList()), "not even tried");

        // The other replica died: its lease runs out and is not renewed.
        sql("update cluster_lease set lease_until = now() - interval '1 second' where name = '" + lease + "'");

        await("every delivery sent by this replica").atMost(Duration.ofSeconds(30))
                .until(() -> HookReceiver.at("/once").size() >= raised.size());
        await("no delivery sent twice").during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                .until(() -> HookReceiver.at("/once").size() == raised.size());
        assertEquals(raised, HookReceiver.at("/once").stream().map(r -> r.json().getLong("eventId")).toList(),
                "each once, in the order they were raised");
        assertTrue(QuarkusTransaction.requiringNew().call(() -> deliveries.list("hook", "once").stream()
                .allMatch(d -> d.state == Delivery.State.DELIVERED && d.attempts == 1)));
        assertEquals(ClusterProfile.NODE, QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("select node_id from cluster_lease where name = :name", String.class)
                .setParameter("name", lease).getSingleResult()));
    }

    private long device(String name) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Device device = new Device();
            device.name = name;
            device.host = "127.0.0.1";
            device.port = 22;
            device.platform = "cisco_ios";
            device.group = "alert-once";
            device.credentialName = "default";
            device.addedAt = Instant.now();
            device.persist();
            return device.id;
        });
    }

    private long event(long deviceId, String to) {
        DriftEvent event = DriftEvents.versionChange(deviceId, to);
        events.record(event);
        return event.id;
    }

    private void sql(String statement) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(statement).executeUpdate());
    }
}
