-- Typical cases: closed items the office publishes, anonymised, as examples.
create table typical_case (
    id bigint not null auto_increment primary key,
    version bigint not null default 0,
    submission_id bigint not null,
    reference varchar(24) not null,
    kind varchar(16) not null,
    title varchar(200) not null,
    summary varchar(4000) not null,
    domain_code varchar(32),
    unit_code varchar(32),
    published boolean not null default false,
    published_at datetime(6),
    created_by varchar(64) not null,
    created_at datetime(6) not null,
    constraint uq_typical_case_item unique (submission_id)
);
create index ix_typical_case_published on typical_case (published, published_at);
