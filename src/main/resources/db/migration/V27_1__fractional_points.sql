-- Partial credit keeps its fraction, as Moodle does (issue 15): points earned are kept to the
-- hundredth (0.5 of 1, 1.5 of 3) instead of being rounded down to whole points. Two decimals are
-- what Moodle shows by default, so what is stored is what a page shows and sums. Every whole
-- number stored so far converts exactly (3 becomes 3.00). A question's own points stay whole.
-- SET DATA TYPE changes the type only and keeps nullability, in the SQL H2 2.x and PostgreSQL share.

alter table attempt_question alter column awarded_points set data type numeric(10, 2);
alter table test_attempt alter column score_points set data type numeric(10, 2);
alter table regraded_attempt alter column points_before set data type numeric(10, 2);
alter table regraded_attempt alter column points_after set data type numeric(10, 2);
