-- Mock tests as learners expect (issue 19): a question can be flagged for later, the attempt
-- remembers the question the learner was last on (so reopening it resumes there), and each saved
-- answer keeps the sequence number its page gave it, so an older autosave that arrives late never
-- overwrites a newer one.

alter table attempt_question add column flagged boolean default false not null;
alter table attempt_question add column answer_seq bigint;
alter table test_attempt add column last_position integer;
