-- Feedback of its own on each option of a choice question (Moodle GIFT's "=answer#feedback"),
-- shown on the review next to the option; kept in every question version as the learner saw it.
alter table question_option add column feedback varchar(2000);
alter table question_version_option add column feedback varchar(2000);
