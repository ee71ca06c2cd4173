-- Yearly targets for the size of the observer corps by category and level.
create table corps_target (
    id bigint not null auto_increment primary key,
    version bigint not null default 0,
    target_year int not null,
    category varchar(32) not null,
    level varchar(10) not null,
    target_size int not null,
    constraint uq_corps_target unique (target_year, category, level)
);
