-- Prepared exports: each job's state and, once finished, its file, so that any instance behind the
-- load balancer can report it and hand the file to its owner, and a restart loses nothing finished.
-- kind names the export (e.g. bulletin-docx) so that a page opened later offers the owner's latest one;
-- progress is in thousandths; updated_at moves with progress and a heartbeat from the instance
-- running the job, so a job whose instance died is recognised by an old updated_at.
-- longblob: up to 4 GB on MySQL/MariaDB (blob would stop at 64 KB); H2 reads it as a BLOB.
create table export_job (
    id varchar(36) not null primary key,
    owner varchar(64) not null,
    kind varchar(60) not null,
    progress int not null default 0,
    error_key varchar(100),
    started_at datetime(6) not null,
    updated_at datetime(6) not null,
    finished_at datetime(6),
    file_name varchar(200),
    content_type varchar(200),
    content longblob
);
create index ix_export_job_updated on export_job (updated_at);
create index ix_export_job_owner_kind on export_job (owner, kind, started_at);
