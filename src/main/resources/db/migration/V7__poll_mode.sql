-- How a device is polled: the channel its last answered poll went through (EXEC or SHELL; null before any), and,
-- when Driftwatch learned by itself that the device needs its interactive shell (exec refused, or answered with a
-- failure), what exec answered and the inventory's shell setting it was learned under. Later sweeps go straight
-- to the shell while that setting is unchanged; a changed setting forgets what was learned.
alter table device add column poll_mode varchar(8);
alter table device add column shell_learned varchar(300);
alter table device add column shell_learned_under boolean;
