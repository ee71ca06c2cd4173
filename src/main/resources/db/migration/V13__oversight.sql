-- Office oversight: figures over submissions kept per deadline day (rebuilt by a scheduled job, see
-- docs/decisions/0012-league-table-method.md), a snapshot of the open items, and the league
-- table's method (weights, publication) as the office last set it.

-- One row per deadline day, lead department, district ('' = none) and domain: the items whose
-- current deadline falls on that day and what became of them.
create table oversight_day (
    deadline_day date not null,
    unit_code varchar(32) not null,
    district_code varchar(32) not null,
    domain_code varchar(32) not null,
    items int not null,
    on_time int not null,
    late int not null,
    running int not null,
    answered int not null,
    timed int not null,
    reply_days bigint not null,
    satisfied int not null,
    basic int not null,
    defaulted int not null,
    dissatisfied int not null,
    reopened int not null,
    primary key (deadline_day, unit_code, district_code, domain_code)
);

-- The same per calendar month (month_start = the 1st), so that whole months of a long period are
-- read from a few thousand rows; partial months and the current month are read per day.
create table oversight_month (
    month_start date not null,
    unit_code varchar(32) not null,
    district_code varchar(32) not null,
    domain_code varchar(32) not null,
    items int not null,
    on_time int not null,
    late int not null,
    running int not null,
    answered int not null,
    timed int not null,
    reply_days bigint not null,
    satisfied int not null,
    basic int not null,
    defaulted int not null,
    dissatisfied int not null,
    reopened int not null,
    primary key (month_start, unit_code, district_code, domain_code)
);

-- The open items as of the last rebuild, by state, lead department ('' = none yet), district, domain.
create table oversight_open (
    state varchar(24) not null,
    unit_code varchar(32) not null,
    district_code varchar(32) not null,
    domain_code varchar(32) not null,
    items int not null,
    overdue int not null,
    due_soon int not null,
    primary key (state, unit_code, district_code, domain_code)
);

-- When the figures were last rebuilt (one row).
create table oversight_refresh (
    id int not null primary key,
    refreshed_at datetime(6),
    items_read bigint not null default 0,
    millis bigint not null default 0
);
insert into oversight_refresh (id, items_read, millis) values (1, 0, 0);

-- The league table's method: component weights (percent, summing to 100), the working days at
-- which the speed score reaches zero, and whether observers and associations may see the table.
create table league_method (
    id bigint not null primary key,
    version bigint not null default 0,
    w_on_time int not null,
    w_speed int not null,
    w_satisfaction int not null,
    w_reopen int not null,
    w_consultation int not null,
    speed_zero_days int not null,
    published boolean not null default false,
    updated_by varchar(64),
    updated_at datetime(6)
);
insert into league_method (id, version, w_on_time, w_speed, w_satisfaction, w_reopen, w_consultation, speed_zero_days,
                           published)
values (1, 0, 40, 15, 25, 10, 10, 20, false);

-- The rebuild walks the items in id order in pages; nothing else is needed on submission.
-- Consultation answers on time are counted by answer due date.
create index ix_consultation_answer_due on consultation (answer_due);
