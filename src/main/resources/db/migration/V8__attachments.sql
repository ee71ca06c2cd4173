-- Uploaded files: metadata here, the bytes in the attachment store under a generated key.
create table attachment (
    id bigint not null auto_increment primary key,
    version bigint not null default 0,
    storage_key varchar(64) not null,
    file_name varchar(200) not null,
    content_type varchar(100) not null,
    size_bytes bigint not null,
    sha256 varchar(64) not null,
    uploaded_by varchar(64) not null,
    uploaded_at datetime(6) not null,
    owner_type varchar(32),
    owner_id bigint,
    constraint uq_attachment_key unique (storage_key)
);
create index ix_attachment_owner on attachment (owner_type, owner_id);
