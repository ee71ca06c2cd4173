-- A department's full list (not only its open items) reads its assignments newest first: without
-- this index the database walks every assignment of the unit (open and closed) and sorts them.
create index ix_party_unit_item on submission_party (unit_code, submission_id);
