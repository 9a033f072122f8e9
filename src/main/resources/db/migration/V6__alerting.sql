-- Alerting: the outbox of hook deliveries and the silences (maintenance windows). Portable SQL (H2, PostgreSQL).

create sequence delivery_seq start with 1 increment by 50;
create sequence silence_seq start with 1 increment by 50;

-- A window during which matching devices' events are stored but not sent. Removed silences stay, for the record.
create table silence (
    id              bigint primary key,
    device_group    varchar(128),
    device_pattern  varchar(255),
    starts_at       timestamp(6) with time zone not null,
    ends_at         timestamp(6) with time zone not null,
    created_by      varchar(255) not null,
    created_at      timestamp(6) with time zone not null,
    comment_text    varchar(1000),
    removed_by      varchar(255),
    removed_at      timestamp(6) with time zone
);
create index silence_ends_idx on silence (ends_at);

-- One row per (drift event, hook that wants it), written in the event's own transaction, plus one row per digest.
-- No foreign key to drift_event: history retention may delete an old event whose delivery row is kept.
create table delivery (
    id               bigint primary key,
    hook             varchar(128) not null,
    kind             varchar(16) not null,
    event_id         bigint,
    device_id        bigint,
    -- Deliveries with the same order key go out one at a time in id order: the device for events, 0 for digests.
    order_key        bigint not null,
    sweep_id         bigint,
    digest_id        bigint,
    silence_id       bigint,
    state            varchar(16) not null,
    attempts         integer not null,
    last_error       varchar(2000),
    created_at       timestamp(6) with time zone not null,
    last_attempt_at  timestamp(6) with time zone,
    next_attempt_at  timestamp(6) with time zone,
    delivered_at     timestamp(6) with time zone
);
create index delivery_queue_idx on delivery (hook, state, order_key, id);
create index delivery_event_idx on delivery (event_id);
create index delivery_digest_idx on delivery (digest_id);
