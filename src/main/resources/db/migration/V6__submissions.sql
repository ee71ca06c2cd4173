-- Submissions routed to departments: the items, the departments on each item, the timeline,
-- common problems and the configurable deadline rules.

create table common_problem (
    id bigint not null auto_increment primary key,
    version bigint not null default 0,
    title varchar(200) not null,
    rectification varchar(4000),
    created_by varchar(64) not null,
    created_at datetime(6) not null,
    closed_at datetime(6)
);

create table submission (
    id bigint not null auto_increment primary key,
    version bigint not null default 0,
    reference_no varchar(24),
    client_token varchar(64),
    type varchar(16) not null,
    domain_code varchar(32) not null,
    district_code varchar(32),
    title varchar(200) not null,
    body varchar(4000) not null,
    suggested_unit varchar(32),
    channel_code varchar(32) not null,
    channel_ref varchar(100),
    submitter_username varchar(64),
    submitter_name varchar(60),
    submitter_contact varchar(120),
    pseudonym varchar(16) not null,
    name_disclosed boolean not null default false,
    identity_revealed boolean not null default false,
    urgent boolean not null default false,
    state varchar(24) not null,
    lead_unit varchar(32),
    deadline date,
    warned_at datetime(6),
    supervised_at datetime(6),
    extension_until date,
    extension_reason varchar(500),
    merged_into_id bigint,
    common_problem_id bigint,
    result_type varchar(16),
    reply_text varchar(4000),
    replied_at datetime(6),
    answered_at datetime(6),
    rating varchar(24),
    rating_comment varchar(500),
    rated_at datetime(6),
    rating_due_at datetime(6),
    rating_defaulted boolean not null default false,
    reopen_count int not null default 0,
    created_at datetime(6) not null,
    submitted_at datetime(6),
    closed_at datetime(6),
    constraint uq_submission_reference unique (reference_no),
    constraint uq_submission_token unique (client_token)
);
create index ix_submission_state on submission (state, id);
create index ix_submission_lead on submission (lead_unit, id);
create index ix_submission_submitter on submission (submitter_username, id);
create index ix_submission_deadline on submission (state, deadline);
create index ix_submission_rating_due on submission (state, rating_due_at);
create index ix_submission_problem on submission (common_problem_id);

-- The departments on an item (the lead and the co-departments), with an "open" flag kept in
-- step with the item's state so that a department's inbox reads one index range.
create table submission_party (
    id bigint not null auto_increment primary key,
    version bigint not null default 0,
    submission_id bigint not null,
    unit_code varchar(32) not null,
    lead boolean not null,
    open_item boolean not null,
    input_text varchar(4000),
    input_by varchar(64),
    input_at datetime(6),
    constraint fk_party_submission foreign key (submission_id) references submission (id)
);
create index ix_party_unit on submission_party (unit_code, open_item, submission_id);
create index ix_party_submission on submission_party (submission_id);

create table submission_event (
    id bigint not null auto_increment primary key,
    submission_id bigint not null,
    occurred_at datetime(6) not null,
    actor varchar(64) not null,
    actor_role varchar(16) not null,
    action varchar(24) not null,
    from_state varchar(24),
    to_state varchar(24),
    detail varchar(4000),
    submitter_visible boolean not null
);
create index ix_submission_event_item on submission_event (submission_id, id);

create table deadline_rule (
    code varchar(16) not null primary key,
    version bigint not null default 0,
    working_days int not null
);
insert into deadline_rule (code, working_days) values ('COMPLAINT', 5);
insert into deadline_rule (code, working_days) values ('SUGGESTION', 10);
insert into deadline_rule (code, working_days) values ('LEAD', 15);
insert into deadline_rule (code, working_days) values ('URGENT', 2);
insert into deadline_rule (code, working_days) values ('WARNING', 2);
