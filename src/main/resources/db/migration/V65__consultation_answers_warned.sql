-- When the drafters were warned that a consultation's answer deadline is near (once per consultation).
alter table consultation add column answers_warned_at datetime(6);
