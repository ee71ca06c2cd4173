-- Briefings and activities the office marks 保密 (内部资料 注意保密), and who opened such a one.
alter table briefing add column confidential boolean not null default false;
alter table activity add column confidential boolean not null default false;

-- One row per opening of a confidential briefing's or activity's detail by a recipient.
create table confidential_opening (
    id bigint not null auto_increment primary key,
    item_kind varchar(16) not null,
    item_id bigint not null,
    username varchar(64) not null,
    opened_at datetime(6) not null
);
create index ix_confidential_opening_item on confidential_opening (item_kind, item_id, opened_at);
