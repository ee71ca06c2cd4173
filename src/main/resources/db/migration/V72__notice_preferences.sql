-- How each kind of notice reaches a person by e-mail (IMMEDIATE, DAILY, NONE); no row means
-- IMMEDIATE, the behaviour before the choice existed.
create table notice_preference (
    id bigint not null auto_increment primary key,
    version bigint not null default 0,
    username varchar(64) not null,
    notice_kind varchar(24) not null,
    mail_choice varchar(16) not null,
    updated_at datetime(6) not null,
    constraint uq_notice_preference unique (username, notice_kind)
);

-- Notices waiting for the recipient's daily digest e-mail; a line is deleted in the transaction
-- that queues the digest into mail_outbox, so it is mailed once and kept across restarts until then.
create table notice_digest_line (
    id bigint not null auto_increment primary key,
    version bigint not null default 0,
    recipient varchar(64) not null,
    notification_id bigint not null,
    created_at datetime(6) not null,
    constraint uq_notice_digest_line unique (notification_id),
    constraint fk_notice_digest_line_notification foreign key (notification_id) references notification (id)
);
create index ix_notice_digest_line_recipient on notice_digest_line (recipient, id);
