-- Who did what from the dashboard and the API. Every write is kept with its user.

-- Who asked for a sweep: the operator's name for 'Sweep now' and the API, 'schedule' for the cron. Sweeps started
-- by hand before this column stay null (unknown).
alter table sweep add column requested_by varchar(255);
update sweep set requested_by = 'schedule' where trigger_kind = 'SCHEDULED';

-- An operator's acknowledgement of a drift event: who, when and why. Null while the event needs attention; the
-- first acknowledgement is kept.
alter table drift_event add column acknowledged_at timestamp(6) with time zone;
alter table drift_event add column acknowledged_by varchar(255);
alter table drift_event add column ack_comment varchar(2000);
