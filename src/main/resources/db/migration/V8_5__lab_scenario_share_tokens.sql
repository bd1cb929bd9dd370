-- A saved scenario is private until its owner shares it: sharing gives it a random token, the only
-- key under which others may read it; revoking clears the token.
-- Written in the SQL that H2 2.x and PostgreSQL share.

alter table lab_scenario add column share_token varchar(64);

create unique index ux_lab_scenario_share_token on lab_scenario (share_token);
