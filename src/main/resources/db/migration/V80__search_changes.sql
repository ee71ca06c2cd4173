-- Several instances, each with the search index on its own disk: every write of an indexed record
-- is listed here in its own transaction, and each instance indexes what the others wrote.
create table search_change (
    id bigint not null auto_increment primary key,
    instance_id varchar(36) not null,
    entity_name varchar(100) not null,
    entity_id bigint not null,
    changed_at datetime(6) not null
);
create index ix_search_change_at on search_change (changed_at);
