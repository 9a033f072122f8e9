-- Several replicas on one database (issue 14). Portable SQL (H2, PostgreSQL); the tables are only written when
-- driftwatch.cluster.enabled=true, which needs PostgreSQL.

-- One row per replica that ever joined; live while its heartbeat is younger than the lease.
create table cluster_member (
    node_id          varchar(128) primary key,
    zone             varchar(63),
    max_concurrency  integer not null,
    started_at       timestamp(6) with time zone not null,
    heartbeat_at     timestamp(6) with time zone not null
);

-- A running cluster sweep's work list: one row per device, claimed by one replica at a time under a lease, done once
-- recorded (or skipped, with the reason, when no live replica serves its zone). Emptied when the sweep ends.
create table sweep_device (
    sweep_id     bigint not null,
    device_id    bigint not null,
    zone         varchar(63),
    claimed_by   varchar(128),
    claimed_at   timestamp(6) with time zone,
    lease_until  timestamp(6) with time zone,
    done         boolean default false not null,
    recorded_at  timestamp(6) with time zone,
    skipped      varchar(300),
    primary key (sweep_id, device_id)
);
create index sweep_device_open on sweep_device (sweep_id, done, zone);

-- What each replica did in a cluster sweep, kept with the sweep: devices recorded, first claim and last record.
create table sweep_share (
    sweep_id          bigint not null,
    node_id           varchar(128) not null,
    devices           integer not null,
    first_claimed_at  timestamp(6) with time zone not null,
    last_recorded_at  timestamp(6) with time zone not null,
    primary key (sweep_id, node_id)
);

-- Once-only jobs: the replica that inserts a job's slot (a cron fire time) runs it; the others skip it.
create table cluster_job (
    job      varchar(64) not null,
    slot     timestamp(6) with time zone not null,
    node_id  varchar(128) not null,
    ran_at   timestamp(6) with time zone not null,
    primary key (job, slot)
);

-- Who recorded the device's last poll, and why its last sweep did not poll it (no live replica in its zone).
alter table device add column polled_by varchar(128);
alter table device add column not_polled varchar(300);
alter table sweep add column skipped integer default 0 not null;

-- Sweeps and alert deliveries are read in id order (the newest sweep, a device's alerts in order). Replicas each
-- reserving blocks of 50 ids would interleave them out of time order, so these two take one id at a time (they are
-- few: one sweep per cron slot, one delivery per drift event and hook).
alter sequence sweep_seq increment by 1;
alter sequence delivery_seq increment by 1;
