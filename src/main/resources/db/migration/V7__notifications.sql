-- In-app notices per recipient, and the e-mail outbox: a message stays here until the mail
-- server has accepted it, so nothing is lost while the server is down.

create table notification (
    id bigint not null auto_increment primary key,
    version bigint not null default 0,
    recipient varchar(64) not null,
    message_key varchar(100) not null,
    args varchar(1000),
    link varchar(200),
    created_at datetime(6) not null,
    read_at datetime(6)
);
create index ix_notification_unread on notification (recipient, read_at);
create index ix_notification_recipient on notification (recipient, id);

create table mail_outbox (
    id bigint not null auto_increment primary key,
    version bigint not null default 0,
    recipient varchar(120) not null,
    subject varchar(300) not null,
    body varchar(4000) not null,
    created_at datetime(6) not null,
    attempts int not null default 0,
    next_attempt_at datetime(6) not null,
    sent_at datetime(6),
    last_error varchar(500)
);
create index ix_mail_outbox_due on mail_outbox (sent_at, next_attempt_at);
