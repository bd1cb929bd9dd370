-- An account an admin created carries a one-time password that must be replaced at first sign-in.
alter table app_user add column must_change_password boolean default false not null;
