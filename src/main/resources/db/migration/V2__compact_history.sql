-- Compact history: an observation row now stands for a run of identical polls (a span). A new row is written
-- only when a device's facts or status change; its last_* columns are filled when the next change closes it.
-- The open span's last poll is the device's polled_sweep_id / polled_at.

alter table observation add column last_sweep_id bigint;
alter table observation add column last_seen_at timestamp(6) with time zone;
-- Rows written one per poll before this change are spans of one poll each.
update observation set last_sweep_id = sweep_id, last_seen_at = observed_at;

alter table device add column observation_id bigint;
alter table device add column polled_sweep_id bigint;
update device set observation_id = (select max(o.id) from observation o where o.device_id = device.id);
update observation set last_sweep_id = null, last_seen_at = null
    where id in (select observation_id from device where observation_id is not null);
update device set polled_sweep_id = (select o.sweep_id from observation o where o.id = device.observation_id);

alter table sweep add column rows_written integer default 0 not null;

create index observation_last_seen_idx on observation (last_seen_at);
create index drift_event_sweep_idx on drift_event (sweep_id);
