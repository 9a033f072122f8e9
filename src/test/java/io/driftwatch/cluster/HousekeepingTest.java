package io.driftwatch.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.driftwatch.history.Sweep;
import io.driftwatch.testing.PostgresqlDatabase;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

@QuarkusTest
@TestProfile(ClusterProfile.class)
@EnabledIfSystemProperty(named = PostgresqlDatabase.SWITCH, matches = "postgresql")
class HousekeepingTest {

    @Inject
    OnceOnly onceOnly;
    @Inject
    Housekeeping housekeeping;
    @Inject
    EntityManager entityManager;

    @Test
    void aJobRunsOncePerSlot() {
        Instant slot = Instant.parse("2030-01-01T03:17:00Z");
        assertTrue(onceOnly.claim("test-job", slot));
        assertFalse(onceOnly.claim("test-job", slot), "the slot is taken");
        assertTrue(onceOnly.claim("test-job", slot.plus(1, ChronoUnit.DAYS)), "the next slot is free");
        assertTrue(onceOnly.claim("other-test-job", slot), "another job's slot");
    }

    @Test
    void retentionRunsOnlyOnTheReplicaThatClaimedItsSlot() {
        Instant mine = Instant.parse("2030-02-01T03:17:00Z");
        assertTrue(housekeeping.runOnce(mine));
        assertFalse(housekeeping.runOnce(mine), "already done for this slot");

        Instant theirs = mine.plus(1, ChronoUnit.DAYS);
        sql("insert into cluster_job (job, slot, node_id, ran_at) values ('retention', timestamp with time zone '"
                + theirs + "', 'other-node', now())");
        assertFalse(housekeeping.runOnce(theirs), "another replica ran it");
    }

    @Test
    void theSharesOfDeletedSweepsAndOldSlotsGoWithTheHistory() {
        long kept = QuarkusTransaction.requiringNew().call(() -> {
            Sweep sweep = new Sweep();
            sweep.trigger = Sweep.Trigger.MANUAL;
            sweep.state = Sweep.State.COMPLETED;
            sweep.startedAt = Instant.now();
            sweep.finishedAt = Instant.now();
            sweep.persist();
            return sweep.id;
        });
        sql("insert into sweep_share (sweep_id, node_id, devices, first_claimed_at, last_recorded_at) values ("
                + kept + ", 'other-node', 3, now(), now()), (" + (kept + 1_000_000)
                + ", 'other-node', 3, now(), now())");
        sql("insert into cluster_job (job, slot, node_id, ran_at) values ('old-test-job',"
                + " timestamp with time zone '1999-06-01T00:00:00Z', 'other-node', now()), ('new-test-job',"
                + " timestamp with time zone '2001-06-01T00:00:00Z', 'other-node', now())");
        sql("insert into cluster_member (node_id, max_concurrency, started_at, heartbeat_at) values"
                + " ('long-gone', 5, now() - interval '30 days', now() - interval '8 days'),"
                + " ('away-briefly', 5, now() - interval '3 days', now() - interval '2 days')");

        housekeeping.clean(Instant.parse("2000-01-01T00:00:00Z"));

        assertEquals(List.of(kept), QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("select sweep_id from sweep_share order by sweep_id", Long.class).getResultList()));
        assertEquals(List.of("new-test-job"), QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("select job from cluster_job where job in ('old-test-job', 'new-test-job')",
                        String.class)
                .getResultList()));
        assertEquals(List.of("away-briefly"), QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("select node_id from cluster_member where node_id in ('long-gone', 'away-briefly')",
                        String.class)
                .getResultList()), "a replica silent for a week is forgotten");
    }

    private void sql(String statement) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(statement).executeUpdate());
    }
}
