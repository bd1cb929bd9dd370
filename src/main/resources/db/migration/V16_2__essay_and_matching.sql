-- Two question types Moodle users bring. A matching question keeps its pairs as options: the
-- option's text is the left side, match_text the right side it belongs with (attempts store
-- answers by option id, left and right alike). An essay is graded by hand: an attempt question
-- keeps the points awarded (for every type, so a matching question can earn part of its points),
-- and for an essay the instructor's feedback, who graded it and when. Written in the SQL that H2
-- 2.x and PostgreSQL share.

alter table question_option add column match_text varchar(2000);
alter table question_version_option add column match_text varchar(2000);

alter table attempt_question add column awarded_points integer;
alter table attempt_question add column feedback varchar(4000);
alter table attempt_question add column graded_by varchar(320);
alter table attempt_question add column graded_at timestamp with time zone;

-- Attempts graded before: a right answer earned the question's points, a wrong one none.
update attempt_question set awarded_points = case when correct then points else 0 end where correct is not null;
