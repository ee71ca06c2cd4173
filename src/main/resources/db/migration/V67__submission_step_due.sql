-- The one-working-day steps before the reply clock runs: the office's triage of a received or
-- returned item, and the lead department's signing of an assigned one. step_due is the last day of
-- the current step; step_late_at when its lateness was told (once per step).
alter table submission add column step_due date;
alter table submission add column step_late_at datetime(6);
create index ix_submission_step_due on submission (step_due);
