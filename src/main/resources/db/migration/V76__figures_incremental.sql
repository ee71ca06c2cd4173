-- Incremental oversight figures (docs/decisions/0036-incremental-figures.md). Every change of an
-- item through the application sets figures_dirty in the same transaction; figures_from keeps the
-- buckets it was counted in before it moved (another deadline day or department), until the next
-- run of the figures has recounted them and cleared both.
alter table submission add column figures_dirty boolean not null default false;
alter table submission add column figures_from varchar(2000);
create index ix_submission_figures_dirty on submission (figures_dirty, id);
-- One bucket's items: by deadline day and lead department, or (no deadline yet) by submission time.
create index ix_submission_figure_bucket on submission (deadline, lead_unit, submitted_at);

-- The open items per bucket rather than as one snapshot: items, and those whose deadline runs (on
-- bucket_day, when dated); overdue and due soon are told from bucket_day when the page is read, so
-- the table stays right from one day to the next without a recount. Undated rows (dated = false)
-- are keyed by the day the item was submitted.
drop table oversight_open;
create table oversight_open (
    bucket_day date not null,
    unit_code varchar(32) not null,
    dated boolean not null,
    state varchar(24) not null,
    district_code varchar(32) not null,
    domain_code varchar(32) not null,
    items int not null,
    running int not null,
    primary key (bucket_day, unit_code, dated, state, district_code, domain_code)
);

-- The figures above were built without the change marks: build them again, in full, at start-up.
update oversight_refresh set refreshed_at = null;
