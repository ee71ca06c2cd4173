-- The periodic figures run reads whole buckets (docs/decisions/0036): with every column it counts
-- in the index, a bucket is one contiguous index range rather than one random table page per item
-- (about 50 items a bucket, a thousand buckets a run when changes are spread over two years).
drop index ix_submission_figure_bucket on submission;
create index ix_submission_figure_bucket on submission (deadline, lead_unit, submitted_at, state, district_code,
    domain_code, replied_at, answered_at, rating, rating_defaulted, reopen_count);
