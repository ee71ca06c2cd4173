-- A renewal decided before the term ends waits for it (renewed_until, renewed_on); the term number
-- counts the terms served; serving_since keeps the first term's start once a later term moves term_start.
alter table observer add column term_number int not null default 1;
alter table observer add column serving_since date;
alter table observer add column renewed_until date;
alter table observer add column renewed_on date;
update observer set serving_since = term_start;
update observer set term_number = 1 + (select count(*) from observer_event e
    where e.observer_id = observer.id and e.action = 'RENEW');
