-- Nothing lost: drafts of long forms kept per author, consultation numbers from a counter row,
-- and e-mails to an address that keeps failing marked failed after a bounded number of tries.

create table form_draft (
    id bigint not null auto_increment primary key,
    version bigint not null default 0,
    owner varchar(64) not null,
    form varchar(40) not null,
    target_id bigint not null,
    saved_at datetime(6) not null,
    constraint uq_form_draft unique (owner, form, target_id)
);

create table form_draft_field (
    draft_id bigint not null,
    field_name varchar(40) not null,
    field_value mediumtext not null,
    primary key (draft_id, field_name),
    constraint fk_form_draft_field foreign key (draft_id) references form_draft (id) on delete cascade
);

create table consultation_counter (
    counter_year int not null primary key,
    last_no int not null
);

alter table mail_outbox add column failed_at datetime(6);
