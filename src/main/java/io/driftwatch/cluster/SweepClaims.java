package io.driftwatch.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A cluster sweep's work list in PostgreSQL: every device once, claimed in small batches with
 * {@code FOR UPDATE SKIP LOCKED} so replicas never wait for each other nor take the same device, held under a lease
 * the claimer renews, and taken over by another replica once the lease runs out (its claimer died). A result is
 * kept only while its claim is still the recorder's, so a device is recorded once per sweep.
 */
@ApplicationScoped
public class SweepClaims {

    private static final String LEASE = "now() + cast(:lease as integer) * interval '1 millisecond'";
    private static final String LIVE = "heartbeat_at > now() - cast(:lease as integer) * interval '1 millisecond'";

    private final EntityManager entityManager;
    private final ClusterNode node;

    public SweepClaims(EntityManager entityManager, ClusterNode node) {
        this.entityManager = entityManager;
        this.node = node;
    }

    /**
     * Serialises the opening of cluster sweeps until the caller's transaction ends, so two replicas asked at once
     * open one sweep.
     */
    public void lockOpening() {
        entityManager.createNativeQuery("select pg_advisory_xact_lock(:key)").setParameter("key", 0x44524946_54L)
                .getSingleResult();
    }

    /** Lists a new sweep's devices with their zones (null: none), in the caller's transaction. */
    public void enqueue(long sweepId, Map<Long, String> zoneByDevice) {
        var insert = entityManager
                .createNativeQuery(
                        "insert into sweep_device (sweep_id, device_id, zone) values (:sweep, :device, :zone)");
        zoneByDevice.forEach((device, zone) -> insert.setParameter("sweep", sweepId).setParameter("device", device)
                .setParameter("zone", zone).executeUpdate());
    }

    /**
     * Claims up to {@code limit} devices of this replica's zone that nobody holds (never claimed, or their lease ran
     * out), lowest id first.
     */
    @Transactional
    public List<Long> claim(long sweepId, int limit) {
        @SuppressWarnings("unchecked")
        // The picking is a CTE, evaluated once: as "in (subquery)" PostgreSQL may run the subquery again per row, and
        // each run's LIMIT then adds rows, so one claim took the whole list.
        List<Number> ids = entityManager
                .createNativeQuery("with picked as materialized (select device_id from sweep_device"
                        + " where sweep_id = :sweep and not done and coalesce(zone, '') = :zone"
                        + " and (lease_until is null or lease_until < now()) order by device_id limit :limit"
                        + " for update skip locked) update sweep_device set claimed_by = :node, claimed_at = now(),"
                        + " lease_until = " + LEASE + " from picked where sweep_device.sweep_id = :sweep"
                        + " and sweep_device.device_id = picked.device_id returning sweep_device.device_id")
                .setParameter("node", node.nodeId()).setParameter("lease", leaseMillis())
                .setParameter("sweep", sweepId).setParameter("zone", node.zone().orElse(""))
                .setParameter("limit", limit).getResultList();
        return ids.stream().map(Number::longValue).sorted().toList();
    }

    /**
     * Marks the devices recorded, in the caller's transaction, and returns those whose claim was still this
     * replica's: a result for a device another replica took over is not kept.
     */
    public List<Long> recorded(long sweepId, Collection<Long> deviceIds) {
        @SuppressWarnings("unchecked")
        List<Number> ids = entityManager.createNativeQuery("update sweep_device set done = true, recorded_at = now()"
                + " where sweep_id = :sweep and claimed_by = :node and not done and device_id in (:ids)"
                + " returning device_id").setParameter("sweep", sweepId).setParameter("node", node.nodeId())
                .setParameter("ids", deviceIds).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    /**
     * Extends the lease of every device this replica holds; returns how many. Rows its own writer has locked (being
     * marked recorded) are skipped rather than waited for, so a slow batch cannot hold the renewal back until the
     * other claims' lease runs out.
     */
    @Transactional
    public int renew() {
        return entityManager.createNativeQuery("with mine as materialized (select sweep_id, device_id"
                + " from sweep_device where claimed_by = :node and not done for update skip locked)"
                + " update sweep_device set lease_until = " + LEASE + " from mine"
                + " where sweep_device.sweep_id = mine.sweep_id and sweep_device.device_id = mine.device_id")
                .setParameter("lease", leaseMillis()).setParameter("node", node.nodeId()).executeUpdate();
    }

    /** Gives back devices this replica claimed and will not poll (their targets could not be made). */
    @Transactional
    public int release(long sweepId, Collection<Long> deviceIds) {
        return entityManager.createNativeQuery("update sweep_device set claimed_by = null, claimed_at = null,"
                + " lease_until = null where sweep_id = :sweep and claimed_by = :node and not done"
                + " and device_id in (:ids)").setParameter("sweep", sweepId).setParameter("node", node.nodeId())
                .setParameter("ids", deviceIds).executeUpdate();
    }

    /**
     * Gives back every device this replica holds, so others take them at once: at a stop, and at a start, for the
     * claims a killed process of the same name left.
     */
    @Transactional
    public int releaseAll() {
        return entityManager.createNativeQuery("update sweep_device set claimed_by = null, claimed_at = null,"
                + " lease_until = null where claimed_by = :node and not done").setParameter("node", node.nodeId())
                .executeUpdate();
    }

    /**
     * Settles the sweep if nothing is left to poll, in the caller's transaction: devices of a zone without a live
     * replica are set aside as not polled (with the reason, on the device too); what each replica did is kept in
     * {@code sweep_share}; the work list is emptied.
     *
     * @return how many devices were not polled, or -1 while devices are still to poll or in flight
     */
    public int settle(long sweepId) {
        entityManager.createNativeQuery("update sweep_device set done = true, skipped = case when zone is null"
                + " then 'not polled: no live replica without a zone' else 'not polled: no live replica in zone '"
                + " || zone end where sweep_id = :sweep and not done"
                + " and (lease_until is null or lease_until < now()) and coalesce(zone, '') not in ("
                + "select coalesce(zone, '') from cluster_member where " + LIVE + ")").setParameter("sweep", sweepId)
                .setParameter("lease", leaseMillis()).executeUpdate();
        Number open = (Number) entityManager.createNativeQuery("select count(*) from sweep_device"
                + " where sweep_id = :sweep and not done").setParameter("sweep", sweepId).getSingleResult();
        if (open.longValue() > 0) {
            return -1;
        }
        entityManager.createNativeQuery("update device set not_polled = sd.skipped from sweep_device sd"
                + " where sd.sweep_id = :sweep and sd.device_id = device.id and sd.skipped is not null")
                .setParameter("sweep", sweepId).executeUpdate();
        entityManager.createNativeQuery("insert into sweep_share (sweep_id, node_id, devices, first_claimed_at,"
                + " last_recorded_at) select sweep_id, claimed_by, count(*), min(claimed_at), max(recorded_at)"
                + " from sweep_device where sweep_id = :sweep and skipped is null and claimed_by is not null"
                + " group by sweep_id, claimed_by").setParameter("sweep", sweepId).executeUpdate();
        Number skipped = (Number) entityManager.createNativeQuery("select count(*) from sweep_device"
                + " where sweep_id = :sweep and skipped is not null").setParameter("sweep", sweepId).getSingleResult();
        entityManager.createNativeQuery("delete from sweep_device where sweep_id = :sweep")
                .setParameter("sweep", sweepId).executeUpdate();
        return skipped.intValue();
    }

    /** What each replica did in a sweep, by node id; empty for a sweep of a single replica. */
    @Transactional
    public List<Share> shares(long sweepId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select node_id, devices, first_claimed_at,"
                + " last_recorded_at from sweep_share where sweep_id = :sweep order by node_id")
                .setParameter("sweep", sweepId).getResultList();
        return rows.stream().map(row -> new Share((String) row[0], ((Number) row[1]).intValue(),
                Instants.of(row[2]), Instants.of(row[3]))).toList();
    }

    private int leaseMillis() {
        return (int) node.lease().toMillis();
    }

    /** One replica's part of a sweep: devices it recorded, from its first claim to its last record. */
    public record Share(String nodeId, int devices, Instant firstClaimedAt, Instant lastRecordedAt) {
    }

    /**
     * A running cluster sweep's figures so far, from its work list: per replica, devices recorded and in flight;
     * devices nobody holds yet; devices set aside as not polled.
     */
    @Transactional
    public Progress progress(long sweepId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select claimed_by,"
                + " count(*) filter (where done and skipped is null), count(*) filter (where not done),"
                + " count(*) filter (where skipped is not null) from sweep_device where sweep_id = :sweep"
                + " group by claimed_by order by claimed_by").setParameter("sweep", sweepId).getResultList();
        List<Claimer> claimers = new ArrayList<>();
        int open = 0;
        int skipped = 0;
        for (Object[] row : rows) {
            int recorded = ((Number) row[1]).intValue();
            int notDone = ((Number) row[2]).intValue();
            skipped += ((Number) row[3]).intValue();
            if (row[0] == null) {
                open += notDone;
            } else if (recorded + notDone > 0) {
                claimers.add(new Claimer((String) row[0], recorded, notDone));
            }
        }
        return new Progress(List.copyOf(claimers), open, skipped);
    }

    /**
     * A running sweep's figures.
     *
     * @param open    devices no replica holds: never claimed, or given back
     * @param skipped devices set aside already: no live replica serves their zone
     */
    public record Progress(List<Claimer> replicas, int open, int skipped) {
    }

    /**
     * One replica's part of a running sweep.
     *
     * @param inFlight devices it holds and has not recorded yet (held by a dead replica until its lease runs out)
     */
    public record Claimer(String nodeId, int recorded, int inFlight) {
    }
}
