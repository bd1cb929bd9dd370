-- Counts the writes to a learner's own study rows (marks, card schedules, flags, own cards, limits,
-- grades, goal, summary level). Every node reads it with the account on each request, and keeps a
-- learner's rows in memory only as long as it has not moved (study.LearnerRowsSnapshots).
alter table app_user add column learner_rows_version bigint default 0 not null;
