-- Satisfaction rounds (满意度测评), briefings (通报/资料) with read receipts, and activities (活动)
-- with sign-up and attendance.

create table satisfaction_round (
    id bigint not null auto_increment primary key,
    version bigint not null default 0,
    title varchar(200) not null,
    opens_on date not null,
    closes_on date not null,
    opened_at datetime(6),
    created_by varchar(64) not null,
    created_at datetime(6) not null
);
create index ix_round_closes on satisfaction_round (closes_on, id);
create index ix_round_opened on satisfaction_round (opened_at, opens_on);

create table round_department (
    round_id bigint not null,
    unit_code varchar(32) not null,
    primary key (round_id, unit_code)
);

create table round_dimension (
    round_id bigint not null,
    position int not null,
    name varchar(40) not null,
    primary key (round_id, position)
);

-- Who was asked when the round opened (an observer account U:name or an association A:id); the
-- response rate's denominator. A rater appointed later is added when rating.
create table round_rater (
    round_id bigint not null,
    rater_key varchar(80) not null,
    primary key (round_id, rater_key)
);

-- One rating per rater per department per round; for an association the rater is the association.
create table round_rating (
    id bigint not null auto_increment primary key,
    round_id bigint not null,
    unit_code varchar(32) not null,
    rater_key varchar(80) not null,
    rated_by varchar(64) not null,
    association_id bigint,
    comment varchar(1000),
    rated_at datetime(6) not null,
    constraint uq_round_rating unique (round_id, unit_code, rater_key)
);
create index ix_rating_rater on round_rating (rated_by, rated_at);
create index ix_rating_key on round_rating (round_id, rater_key);

create table round_score (
    rating_id bigint not null,
    position int not null,
    score int not null,
    primary key (rating_id, position)
);

create table briefing (
    id bigint not null auto_increment primary key,
    version bigint not null default 0,
    title varchar(200) not null,
    body varchar(8000) not null,
    to_observers boolean not null default false,
    to_associations boolean not null default false,
    published_by varchar(64) not null,
    published_at datetime(6) not null
);
create index ix_briefing_published on briefing (published_at, id);

-- One row per recipient; read_at is the read receipt (first opening).
create table briefing_receipt (
    id bigint not null auto_increment primary key,
    briefing_id bigint not null,
    username varchar(64) not null,
    association_id bigint,
    delivered_at datetime(6) not null,
    read_at datetime(6),
    constraint uq_briefing_receipt unique (briefing_id, username)
);
create index ix_receipt_user on briefing_receipt (username, briefing_id);
create index ix_receipt_read on briefing_receipt (briefing_id, read_at);

create table activity (
    id bigint not null auto_increment primary key,
    version bigint not null default 0,
    kind varchar(16) not null,
    title varchar(200) not null,
    description varchar(4000) not null,
    starts_at datetime(6) not null,
    place varchar(200) not null,
    capacity int not null,
    signup_deadline datetime(6) not null,
    to_observers boolean not null default false,
    to_associations boolean not null default false,
    created_by varchar(64) not null,
    created_at datetime(6) not null
);
create index ix_activity_starts on activity (starts_at, id);

create table activity_signup (
    id bigint not null auto_increment primary key,
    version bigint not null default 0,
    activity_id bigint not null,
    username varchar(64) not null,
    signed_up_at datetime(6) not null,
    attendance varchar(8),
    attendance_by varchar(64),
    constraint uq_activity_signup unique (activity_id, username)
);
create index ix_signup_user on activity_signup (username, attendance);
