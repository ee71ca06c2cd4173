-- The observers' charter of rights and obligations, its versions and who acknowledged which.

create table charter_version (
    version_number int not null primary key,
    body longtext not null,
    published_at datetime(6) not null,
    published_by varchar(64) not null
);

create table charter_acknowledgement (
    id bigint not null auto_increment primary key,
    username varchar(64) not null,
    version_number int not null,
    acknowledged_at datetime(6) not null,
    constraint uq_charter_acknowledgement unique (username, version_number)
);
