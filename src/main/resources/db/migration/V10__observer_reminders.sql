-- Duty reminders go out once: the quarterly-minimum reminder once per observer and quarter,
-- the term-end reminder once per term end (a renewal sets a new end, which is reminded again).
alter table observer add column term_end_reminded_for date;

create table observer_quarter_reminder (
    id bigint not null auto_increment primary key,
    version bigint not null default 0,
    observer_id bigint not null,
    quarter_key varchar(7) not null,
    sent_at datetime(6) not null,
    constraint uq_observer_quarter_reminder unique (observer_id, quarter_key),
    constraint fk_quarter_reminder_observer foreign key (observer_id) references observer (id)
);
