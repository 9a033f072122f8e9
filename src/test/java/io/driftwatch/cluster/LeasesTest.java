package io.driftwatch.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.driftwatch.testing.PostgresqlDatabase;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

@QuarkusTest
@TestProfile(ClusterProfile.class)
@EnabledIfSystemProperty(named = PostgresqlDatabase.SWITCH, matches = "postgresql")
class LeasesTest {

    @Inject
    Leases leases;
    @Inject
    EntityManager entityManager;

    @Test
    void aReplicaKeepsItsLeaseByRenewingIt() {
        assertTrue(leases.hold("renewed"));
        assertTrue(leases.hold("renewed"), "renewed by its holder");
        assertEquals(ClusterProfile.NODE, holder("renewed"));
    }

    @Test
    void anotherReplicasLeaseIsTakenOnlyOnceItRunsOut() {
        sql("insert into cluster_lease (name, node_id, lease_until) values ('taken', 'other-node',"
                + " now() + interval '1 hour')");
        assertFalse(leases.hold("taken"));
        assertFalse(leases.hold("taken"), "still not");
        assertEquals("other-node", holder("taken"));

        sql("update cluster_lease set lease_until = now() - interval '1 second' where name = 'taken'");
        assertTrue(leases.hold("taken"), "the other replica stopped renewing");
        assertEquals(ClusterProfile.NODE, holder("taken"));
    }

    @Test
    void aReleasedLeaseIsFreeAtOnceAndOnlyTheHoldersOwn() {
        assertTrue(leases.hold("released"));
        leases.release("released");
        assertNull(holder("released"));
        sql("insert into cluster_lease (name, node_id, lease_until) values ('released', 'other-node',"
                + " now() + interval '1 hour')");
        assertFalse(leases.hold("released"), "another replica took it at once");

        leases.release("released");
        assertEquals("other-node", holder("released"), "a replica gives back only its own lease");
    }

    private void sql(String statement) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(statement).executeUpdate());
    }

    private String holder(String name) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<String> holders = entityManager.createNativeQuery("select node_id from cluster_lease"
                    + " where name = :name").setParameter("name", name).getResultList();
            return holders.isEmpty() ? null : holders.get(0);
        });
    }
}
