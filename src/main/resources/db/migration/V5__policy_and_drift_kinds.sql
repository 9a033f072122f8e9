-- Golden-version compliance, kept on the device row so the device list filters on it with one indexed scan.
-- compliance is COMPLIANT, NON_COMPLIANT or NO_POLICY, null until the first verdict (which is a silent baseline);
-- compliance_rule describes the rule that decided (file:line, selectors, approved versions).
alter table device add column compliance varchar(16);
alter table device add column compliance_rule varchar(512);
create index device_compliance_idx on device (compliance, name);

-- Reachability: polls in a row without an answer (UNREACHABLE or TIMEOUT), since when, and whether UNREACHABLE
-- was already reported for this run, so neither it nor RECOVERED is raised twice, also across restarts.
alter table device add column unanswered_polls integer default 0 not null;
alter table device add column down_since timestamp(6) with time zone;
alter table device add column unreachable_raised boolean default false not null;

-- A short sentence of evidence per drift event: the rule, the uptimes compared, the failures counted.
alter table drift_event add column evidence varchar(1000);
