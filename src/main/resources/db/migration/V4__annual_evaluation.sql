-- Annual evaluation of observers by the office.
create table annual_evaluation (
    id bigint not null auto_increment primary key,
    version bigint not null default 0,
    observer_id bigint not null,
    eval_year int not null,
    grade varchar(24) not null,
    comment varchar(1000),
    evaluated_by varchar(64) not null,
    evaluated_at datetime(6) not null,
    constraint uq_annual_evaluation unique (observer_id, eval_year)
);
