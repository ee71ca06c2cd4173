-- The hourly sweep looks for files never bound to an owner, by upload time.
create index ix_attachment_unbound on attachment (owner_type, uploaded_at);
