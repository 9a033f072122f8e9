-- Driftwatch history schema. Portable SQL: the same file runs on H2 (embedded default) and PostgreSQL.

create sequence device_seq start with 1 increment by 50;
create sequence sweep_seq start with 1 increment by 50;
create sequence observation_seq start with 1 increment by 50;
create sequence drift_event_seq start with 1 increment by 50;

-- One row per router ever seen in the inventory, carrying its current state so the fleet view is one scan.
create table device (
    id                    bigint primary key,
    name                  varchar(128) not null,
    host                  varchar(255) not null,
    port                  integer not null,
    platform              varchar(64) not null,
    device_group          varchar(128) not null,
    credential_name       varchar(128) not null,
    in_inventory          boolean not null,
    added_at              timestamp(6) with time zone not null,
    removed_at            timestamp(6) with time zone,
    status                varchar(32),
    reason                varchar(2000),
    polled_at             timestamp(6) with time zone,
    last_ok_at            timestamp(6) with time zone,
    last_ok_sweep_id      bigint,
    consecutive_failures  integer not null,
    version               varchar(255),
    model                 varchar(255),
    serial                varchar(255),
    hostname              varchar(255),
    uptime                varchar(255),
    image                 varchar(512),
    host_key              varchar(8192),
    host_key_pinned_at    timestamp(6) with time zone,
    host_key_pinned_by    varchar(255),
    offered_host_key      varchar(8192),
    offered_host_key_at   timestamp(6) with time zone,
    constraint device_name_unique unique (name)
);

create table sweep (
    id                bigint primary key,
    trigger_kind      varchar(16) not null,
    state             varchar(16) not null,
    started_at        timestamp(6) with time zone not null,
    finished_at       timestamp(6) with time zone,
    devices           integer not null,
    ok                integer not null,
    auth_failed       integer not null,
    unreachable       integer not null,
    timed_out         integer not null,
    host_key_changed  integer not null,
    parse_failed      integer not null,
    errored           integer not null
);
create index sweep_started_idx on sweep (started_at);

-- One row per device per sweep: what the poll found, or why it failed.
create table observation (
    id           bigint primary key,
    device_id    bigint not null references device (id),
    sweep_id     bigint not null references sweep (id),
    observed_at  timestamp(6) with time zone not null,
    status       varchar(32) not null,
    reason       varchar(2000),
    attempts     integer not null,
    duration_ms  bigint not null,
    version      varchar(255),
    model        varchar(255),
    serial       varchar(255),
    hostname     varchar(255),
    uptime       varchar(255),
    image        varchar(512)
);
create index observation_device_idx on observation (device_id, observed_at);
create index observation_sweep_idx on observation (sweep_id, status);

-- The last successful raw output per device, apart from the device row so fleet queries never read it.
create table raw_output (
    device_id    bigint primary key references device (id),
    sweep_id     bigint not null,
    captured_at  timestamp(6) with time zone not null,
    command      varchar(255) not null,
    output       varchar(1048576) not null
);

create table drift_event (
    id           bigint primary key,
    device_id    bigint not null references device (id),
    kind         varchar(32) not null,
    from_value   varchar(255),
    to_value     varchar(255),
    sweep_id     bigint references sweep (id),
    occurred_at  timestamp(6) with time zone not null
);
create index drift_event_time_idx on drift_event (occurred_at);
create index drift_event_device_idx on drift_event (device_id, occurred_at);
