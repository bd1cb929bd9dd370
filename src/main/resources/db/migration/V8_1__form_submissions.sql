-- Forms that may be sent twice (a double click, a replayed post, a retry after a timeout) carry
-- an idempotency key: the digest of the form's one-time token. The first request claims the key
-- and records where it sent the browser; a repeat gets the same answer instead of a second effect.
-- Written in the SQL that H2 2.x and PostgreSQL share.

create table form_submission (
    account_id bigint      not null,
    form_key   char(64)    not null,
    outcome    varchar(500),
    created_at timestamp with time zone not null,
    constraint form_submission_pk primary key (account_id, form_key)
);
