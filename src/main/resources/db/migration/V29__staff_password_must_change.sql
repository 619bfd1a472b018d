-- An administrator's password reset gives a one-time temporary password: its holder must choose
-- their own before doing anything else. Read with the account's standing on every request, by id.
alter table staff_user add column must_change_password boolean not null default false;
