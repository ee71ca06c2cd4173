-- Industry tags are kept by the administrator on screen; the seed loader leaves an entry alone once
-- the administrator has created or changed it (as it does for organisational units).
alter table reference_item add column edited_by_admin boolean not null default false;
