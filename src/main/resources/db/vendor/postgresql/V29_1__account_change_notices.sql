-- PostgreSQL only (db/vendor/{vendor}, spring.flyway.locations): H2 runs as one node and needs no notices.
-- Every committed change to a row the account check reads (accounts.AccountStatusQuery: the account, its
-- roles, its second factor) is announced on the channel studyhall_accounts with the account's id,
-- whoever makes it (the application, an admin's SQL), so nodes keeping a copy of the check drop it.
-- pg_notify is delivered at commit; a rolled-back change announces nothing.
create function studyhall_announce_account_change() returns trigger
    language plpgsql as $$
begin
    -- TG_ARGV[0] names the column holding the account's id in this table.
    perform pg_notify('studyhall_accounts', to_jsonb(coalesce(new, old)) ->> tg_argv[0]);
    return null;
end
$$;

create trigger app_user_announce after insert or update or delete on app_user
    for each row execute function studyhall_announce_account_change('id');
create trigger app_user_role_announce after insert or update or delete on app_user_role
    for each row execute function studyhall_announce_account_change('user_id');
create trigger totp_credential_announce after insert or update or delete on totp_credential
    for each row execute function studyhall_announce_account_change('user_id');
