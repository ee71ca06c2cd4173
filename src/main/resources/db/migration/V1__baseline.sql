-- Baseline schema. Portable between MySQL 8 / MariaDB 10.11 and H2 in MySQL mode.
-- Times are stored in UTC as datetime(6).

create table audit_entry (
    id bigint not null auto_increment primary key,
    occurred_at datetime(6) not null,
    username varchar(64),
    roles varchar(100),
    action varchar(64) not null,
    object_type varchar(64),
    object_id varchar(64),
    result varchar(16) not null,
    detail varchar(1000),
    remote_address varchar(64)
);
create index ix_audit_occurred on audit_entry (occurred_at);
create index ix_audit_object on audit_entry (object_type, object_id);

create table calendar_day (
    id bigint not null auto_increment primary key,
    version bigint not null default 0,
    calendar_date date not null,
    kind varchar(16) not null,
    name_zh varchar(50),
    name_en varchar(80),
    edited_by_admin boolean not null default false,
    constraint uq_calendar_date unique (calendar_date)
);

create table org_unit (
    id bigint not null auto_increment primary key,
    version bigint not null default 0,
    code varchar(32) not null,
    parent_code varchar(32),
    kind varchar(24) not null,
    name_zh varchar(100) not null,
    name_en varchar(150),
    sort_order int not null default 0,
    active boolean not null default true,
    from_seed boolean not null default false,
    edited_by_admin boolean not null default false,
    constraint uq_org_unit_code unique (code)
);
create index ix_org_unit_parent on org_unit (parent_code, sort_order);
create index ix_org_unit_kind on org_unit (kind, active);

create table reference_item (
    id bigint not null auto_increment primary key,
    version bigint not null default 0,
    list_code varchar(32) not null,
    code varchar(32) not null,
    name_zh varchar(100) not null,
    name_en varchar(150),
    sort_order int not null default 0,
    active boolean not null default true,
    constraint uq_reference_item unique (list_code, code)
);

create table user_account (
    id bigint not null auto_increment primary key,
    version bigint not null default 0,
    username varchar(64) not null,
    display_name varchar(60) not null,
    email varchar(120),
    password_hash varchar(200),
    roles varchar(100) not null,
    org_unit_code varchar(32),
    oidc_issuer varchar(255),
    oidc_subject varchar(255),
    enabled boolean not null default true,
    failed_logins int not null default 0,
    locked_until datetime(6),
    preferred_locale varchar(10),
    last_login_at datetime(6),
    created_at datetime(6) not null,
    constraint uq_user_account_username unique (username),
    constraint uq_user_account_oidc unique (oidc_issuer, oidc_subject)
);
create index ix_user_account_display_name on user_account (display_name);

create table invitation (
    id bigint not null auto_increment primary key,
    version bigint not null default 0,
    code varchar(40) not null,
    display_name varchar(60) not null,
    email varchar(120),
    roles varchar(100) not null,
    org_unit_code varchar(32),
    expires_at datetime(6) not null,
    accepted_at datetime(6),
    accepted_by varchar(64),
    revoked boolean not null default false,
    created_by varchar(64) not null,
    created_at datetime(6) not null,
    constraint uq_invitation_code unique (code)
);
create index ix_invitation_email on invitation (email);

-- Spring Modulith's event publication registry: events between modules survive a crash or restart.
create table event_publication (
    id char(36) not null primary key,
    listener_id varchar(512) not null,
    event_type varchar(512) not null,
    serialized_event longtext not null,
    publication_date datetime(6) not null,
    completion_date datetime(6),
    status varchar(20),
    completion_attempts int not null default 0,
    last_resubmission_date datetime(6)
);
create index ix_event_publication_completion on event_publication (completion_date);

create table event_publication_archive (
    id char(36) not null primary key,
    listener_id varchar(512) not null,
    event_type varchar(512) not null,
    serialized_event longtext not null,
    publication_date datetime(6) not null,
    completion_date datetime(6),
    status varchar(20),
    completion_attempts int not null default 0,
    last_resubmission_date datetime(6)
);

-- ShedLock: a scheduled job runs once even when several instances run.
create table shedlock (
    name varchar(64) not null primary key,
    lock_until timestamp(3) not null,
    locked_at timestamp(3) not null,
    locked_by varchar(255) not null
);
