-- The audit log page narrows by user or by action, newest first.
create index ix_audit_user on audit_entry (username, id);
create index ix_audit_action on audit_entry (action, id);
