-- Moodle's graded answers on the question types that have no options of their own. A short or
-- numeric answer's options are its graded answers: the text (a number for a numeric question,
-- "*" for any other answer), the credit in percent (null: the option's correct flag says 100 or 0)
-- and, for a numeric one, its tolerance. A true/false question's two options, "True" and "False",
-- carry what the review says to a learner who chose that answer. Kept in every question version
-- as the learner saw it. A question's category is the GIFT file's $CATEGORY path (or one typed in
-- the studio); it sorts the bank and travels in the bundle. Written in the SQL H2 2.x and
-- PostgreSQL share.

alter table question_option add column credit double precision;
alter table question_option add column tolerance double precision;
alter table question_version_option add column credit double precision;
alter table question_version_option add column tolerance double precision;

alter table question add column category varchar(255);
