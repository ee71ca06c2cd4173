-- What the triage advice suggested when the office assigned an item, and what the office chose:
-- the suggestion's hit rate is counted from these rows.
create table routing_choice (
    id bigint not null auto_increment primary key,
    version bigint not null default 0,
    submission_id bigint not null,
    suggested varchar(120) not null,
    chosen varchar(32) not null,
    chosen_rank int not null,
    decided_at datetime(6) not null
);
create index ix_routing_choice_decided on routing_choice (decided_at);
