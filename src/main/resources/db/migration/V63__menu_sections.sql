-- The menu sections a user folded away (comma-separated section names), kept with the account so
-- the menu looks the same on the next visit and on another device.
alter table user_account add column collapsed_menu varchar(200);
