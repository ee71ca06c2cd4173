-- Internal notes on an item, for the office and the departments handling it; never shown to the
-- submitter. Notes are permanent: no edit, no delete (see decision 0030).
create table item_note (
    id bigint not null auto_increment primary key,
    version bigint not null default 0,
    submission_id bigint not null,
    body varchar(1000) not null,
    author varchar(64) not null,
    author_name varchar(60) not null,
    author_unit varchar(32),
    written_at datetime(6) not null,
    constraint fk_item_note_submission foreign key (submission_id) references submission (id)
);
create index ix_item_note_item on item_note (submission_id, id);

-- The colleagues a note mentions (and who were told), with the name as written after the @,
-- so that the mention is found again in the text however the account is renamed later.
create table item_note_mention (
    note_id bigint not null,
    username varchar(64) not null,
    written varchar(64) not null,
    primary key (note_id, username),
    constraint fk_item_note_mention_note foreign key (note_id) references item_note (id)
);
