-- Chambers and associations, draft-policy consultations with their comments and answers, and
-- issued policies with their push to associations and observers.

create table association (
    id bigint not null auto_increment primary key,
    version bigint not null default 0,
    name varchar(100) not null,
    kind varchar(24) not null,
    credit_code varchar(18) not null,
    member_count int not null,
    active boolean not null default true,
    created_at datetime(6) not null,
    constraint uq_association_credit_code unique (credit_code),
    constraint uq_association_name unique (name)
);

create table association_tag (
    association_id bigint not null,
    tag_code varchar(32) not null,
    primary key (association_id, tag_code)
);
create index ix_association_tag_code on association_tag (tag_code, association_id);

-- A liaison is bound by the invitation that created the account, or directly by username.
create table association_liaison (
    id bigint not null auto_increment primary key,
    association_id bigint not null,
    display_name varchar(60) not null,
    invitation_code varchar(64),
    username varchar(64),
    created_at datetime(6) not null
);
create index ix_liaison_association on association_liaison (association_id);
create index ix_liaison_invitation on association_liaison (invitation_code);
create index ix_liaison_username on association_liaison (username);

create table consultation (
    id bigint not null auto_increment primary key,
    version bigint not null default 0,
    reference_no varchar(24) not null,
    title varchar(200) not null,
    drafting_unit varchar(32) not null,
    explanation varchar(4000) not null,
    opens_on date not null,
    closes_on date not null,
    short_window_reason varchar(500),
    to_observers boolean not null default false,
    to_public boolean not null default false,
    opened_at datetime(6),
    answer_due date,
    closing_reminded_at datetime(6),
    closed_notified_at datetime(6),
    answers_supervised_at datetime(6),
    report_published_at datetime(6),
    created_by varchar(64) not null,
    created_at datetime(6) not null,
    constraint uq_consultation_reference unique (reference_no)
);
create index ix_consultation_unit on consultation (drafting_unit, id);
create index ix_consultation_closes on consultation (closes_on);

create table consultation_part (
    id bigint not null auto_increment primary key,
    consultation_id bigint not null,
    position int not null,
    kind varchar(16) not null,
    number int,
    label varchar(40),
    title varchar(200),
    body mediumtext not null
);
create index ix_consultation_part on consultation_part (consultation_id, position);

create table consultation_audience_tag (
    consultation_id bigint not null,
    tag_code varchar(32) not null,
    primary key (consultation_id, tag_code)
);

create table consultation_audience_association (
    consultation_id bigint not null,
    association_id bigint not null,
    primary key (consultation_id, association_id)
);
create index ix_audience_association on consultation_audience_association (association_id);

create table consultation_comment (
    id bigint not null auto_increment primary key,
    version bigint not null default 0,
    consultation_id bigint not null,
    part_id bigint,
    author_username varchar(64) not null,
    author_name varchar(100) not null,
    association_id bigint,
    body varchar(4000) not null,
    proposed_wording varchar(4000),
    members_represented int,
    withdrawn boolean not null default false,
    created_at datetime(6) not null,
    updated_at datetime(6) not null,
    outcome varchar(16),
    reason varchar(2000),
    answered_by varchar(64),
    answered_at datetime(6)
);
create index ix_comment_consultation on consultation_comment (consultation_id, withdrawn, outcome);
create index ix_comment_author on consultation_comment (author_username, consultation_id);

create table policy (
    id bigint not null auto_increment primary key,
    version bigint not null default 0,
    consultation_id bigint,
    title varchar(200) not null,
    document_no varchar(64),
    issuing_unit varchar(32) not null,
    issued_on date not null,
    benefit boolean not null default false,
    to_observers boolean not null default false,
    summary varchar(2000),
    created_by varchar(64) not null,
    created_at datetime(6) not null
);
create index ix_policy_issued on policy (issued_on, id);
create index ix_policy_consultation on policy (consultation_id);

create table policy_part (
    id bigint not null auto_increment primary key,
    policy_id bigint not null,
    position int not null,
    kind varchar(16) not null,
    number int,
    label varchar(40),
    title varchar(200),
    body mediumtext not null
);
create index ix_policy_part on policy_part (policy_id, position);

create table policy_tag (
    policy_id bigint not null,
    tag_code varchar(32) not null,
    primary key (policy_id, tag_code)
);

-- One row per recipient of a pushed policy: when it was delivered and when it was first read.
create table policy_delivery (
    id bigint not null auto_increment primary key,
    policy_id bigint not null,
    username varchar(64) not null,
    association_id bigint,
    delivered_at datetime(6) not null,
    read_at datetime(6),
    constraint uq_policy_delivery unique (policy_id, username)
);
create index ix_delivery_user on policy_delivery (username, policy_id);

-- An association's confirmation that it relayed a policy to its members.
create table policy_relay (
    id bigint not null auto_increment primary key,
    policy_id bigint not null,
    association_id bigint not null,
    member_count int not null,
    confirmed_by varchar(64) not null,
    confirmed_at datetime(6) not null,
    constraint uq_policy_relay unique (policy_id, association_id)
);
