-- The grade the duty record suggested when the office graded the year (null: none counted yet);
-- a different grade needs a reason, kept in the comment.
alter table annual_evaluation add column suggested_grade varchar(24);
