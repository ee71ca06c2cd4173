-- Observer corps: applicants, candidates and observers; their history; publicity and objections.

create table observer (
    id bigint not null auto_increment primary key,
    version bigint not null default 0,
    reference_no varchar(24) not null,
    name varchar(30) not null,
    gender varchar(8) not null,
    id_number varchar(18) not null,
    mobile varchar(11) not null,
    email varchar(120),
    employer varchar(100) not null,
    title varchar(60),
    category varchar(32) not null,
    level varchar(10) not null,
    district_code varchar(32),
    industry varchar(60),
    recommending_unit varchar(100),
    motivation varchar(2000),
    state varchar(20) not null,
    nominated boolean not null default false,
    state_reason varchar(500),
    publicity_batch_id bigint,
    certificate_no varchar(24),
    term_start date,
    term_end date,
    invitation_code varchar(40),
    created_at datetime(6) not null,
    constraint uq_observer_reference unique (reference_no),
    constraint uq_observer_certificate unique (certificate_no)
);
create index ix_observer_id_number on observer (id_number);
create index ix_observer_state on observer (state, term_end);
create index ix_observer_category on observer (category, level, district_code);

create table observer_event (
    id bigint not null auto_increment primary key,
    observer_id bigint not null,
    occurred_at datetime(6) not null,
    actor varchar(64) not null,
    action varchar(32) not null,
    from_state varchar(20),
    to_state varchar(20),
    reason varchar(2000)
);
create index ix_observer_event_observer on observer_event (observer_id, id);

create table publicity_batch (
    id bigint not null auto_increment primary key,
    version bigint not null default 0,
    starts_on date not null,
    ends_on date not null,
    opened_by varchar(64) not null
);

create table objection (
    id bigint not null auto_increment primary key,
    version bigint not null default 0,
    observer_id bigint not null,
    lodged_by varchar(30) not null,
    contact varchar(60) not null,
    reason varchar(2000) not null,
    lodged_at datetime(6) not null,
    state varchar(10) not null,
    resolution varchar(2000),
    resolved_by varchar(64)
);
create index ix_objection_observer on objection (observer_id, state);

create table certificate_counter (
    issue_year int not null primary key,
    last_value int not null default 0
);
