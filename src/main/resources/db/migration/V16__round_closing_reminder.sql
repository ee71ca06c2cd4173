-- When the raters still owing ratings were reminded that the round is about to close (once per round).
alter table satisfaction_round add column reminded_at datetime(6);
