-- A department's reusable answer texts, shared by the accounts of its unit.
create table answer_template (
    id bigint not null auto_increment primary key,
    version bigint not null default 0,
    unit_code varchar(32) not null,
    use_kind varchar(24) not null,
    result varchar(24),
    title varchar(60) not null,
    body varchar(4000) not null,
    updated_by varchar(64) not null,
    updated_at datetime(6) not null
);
create index ix_answer_template_unit on answer_template (unit_code, use_kind);
