-- Withdrawn access, kept a day so that every instance ends the user's sessions it holds: the
-- instance where the change was made ends its own at once, the others when they next look (seconds).
create table access_withdrawal (
    id bigint not null auto_increment primary key,
    username varchar(64) not null,
    withdrawn_at datetime(6) not null
);
create index ix_access_withdrawal_at on access_withdrawal (withdrawn_at);
