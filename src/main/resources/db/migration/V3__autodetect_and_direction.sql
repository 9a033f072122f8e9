-- Platform auto-detection: an inventory platform of 'autodetect' keeps the platform a probe found here, so later
-- sweeps go straight to that platform's command; null for devices with a declared platform or none found yet.
alter table device add column detected_platform varchar(64);
-- The platform whose parser read the output of this span; null for spans written before this column, and for
-- polls that never got as far as parsing.
alter table observation add column platform varchar(64);

-- Which way a VERSION_CHANGED event went under the platform's version order (UPGRADE, DOWNGRADE, SAME); null
-- for other kinds and for events written before this column.
alter table drift_event add column direction varchar(16);
