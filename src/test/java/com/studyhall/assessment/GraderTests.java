package com.studyhall.assessment;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Grading each question type, from stored answer text to right or wrong. */
class GraderTests {

    @Nested
    class SingleChoice {
        final AnswerKey key = AnswerKey.choice(QuestionType.SINGLE_CHOICE, Set.of(12L));

        @Test
        void theCorrectOptionIsRight() {
            assertThat(Grader.isCorrect(key, "12")).isTrue();
        }

        @Test
        void anotherOptionOrAnExtraOneIsWrong() {
            assertThat(Grader.isCorrect(key, "13")).isFalse();
            assertThat(Grader.isCorrect(key, "12,13")).isFalse();
            assertThat(Grader.isCorrect(key, "twelve")).isFalse();
        }
    }

    @Nested
    class MultipleChoice {
        final AnswerKey key = AnswerKey.choice(QuestionType.MULTIPLE_CHOICE, Set.of(1L, 3L, 4L));

        @Test
        void exactlyTheCorrectSetIsRightInAnyOrder() {
            assertThat(Grader.isCorrect(key, "4,1,3")).isTrue();
            assertThat(Grader.isCorrect(key, "1, 3, 4")).isTrue();
        }

        @Test
        void aSubsetOrASupersetIsWrong() {
            assertThat(Grader.isCorrect(key, "1,3")).isFalse();
            assertThat(Grader.isCorrect(key, "1,2,3,4")).isFalse();
        }
    }

    @Nested
    class TrueFalse {
        @Test
        void theMatchingChoiceIsRight() {
            assertThat(Grader.isCorrect(AnswerKey.trueFalse(false), "false")).isTrue();
            assertThat(Grader.isCorrect(AnswerKey.trueFalse(false), "true")).isFalse();
            assertThat(Grader.isCorrect(AnswerKey.trueFalse(true), "true")).isTrue();
        }
    }

    @Nested
    class ShortText {
        final AnswerKey key = AnswerKey.shortText(List.of("gc.collect", "gc.collect()"));

        @Test
        void anAcceptedAnswerIsRightTrimmedAndIgnoringCase() {
            assertThat(Grader.isCorrect(key, "gc.collect")).isTrue();
            assertThat(Grader.isCorrect(key, "  GC.Collect()\t")).isTrue();
        }

        @Test
        void anythingElseIsWrong() {
            assertThat(Grader.isCorrect(key, "gc. collect")).isFalse();
            assertThat(Grader.isCorrect(key, "collect")).isFalse();
        }
    }

    @Nested
    class Numeric {
        @Test
        void withinToleranceIsRightInclusive() {
            var key = AnswerKey.numeric(2.5, 0.5);
            assertThat(Grader.isCorrect(key, "2")).isTrue();
            assertThat(Grader.isCorrect(key, "3.0")).isTrue();
            assertThat(Grader.isCorrect(key, " 2,75 ")).isTrue();
            assertThat(Grader.isCorrect(key, "3.01")).isFalse();
            assertThat(Grader.isCorrect(key, "1.99")).isFalse();
        }

        @Test
        void zeroToleranceStillAbsorbsBinaryRounding() {
            var key = AnswerKey.numeric(0.3, 0);
            assertThat(Grader.isCorrect(key, String.valueOf(0.1 + 0.2))).isTrue();
            assertThat(Grader.isCorrect(AnswerKey.numeric(6, 0), "6")).isTrue();
            assertThat(Grader.isCorrect(AnswerKey.numeric(6, 0), "6.0001")).isFalse();
        }

        @ParameterizedTest
        @ValueSource(strings = {"six", "NaN", "Infinity", "6 objects", "1e", "--6"})
        void textThatIsNotANumberIsWrong(String answer) {
            assertThat(Grader.isCorrect(AnswerKey.numeric(6, 100), answer)).isFalse();
        }
    }

    @Nested
    class PredictOutput {
        final AnswerKey key = AnswerKey.output("4\n3\n");

        @Test
        void trailingWhiteSpaceAtLineEndsAndAtTheEndIsIgnored() {
            assertThat(Grader.isCorrect(key, "4\n3")).isTrue();
            assertThat(Grader.isCorrect(key, "4   \r\n3\t\n\n\n")).isTrue();
        }

        @Test
        void leadingSpaceInnerBlankLinesAndCaseCount() {
            assertThat(Grader.isCorrect(key, " 4\n3")).isFalse();
            assertThat(Grader.isCorrect(key, "4\n\n3")).isFalse();
            assertThat(Grader.isCorrect(AnswerKey.output("True\n"), "true")).isFalse();
        }

        @Test
        void withoutAComputedOutputNothingIsRight() {
            assertThat(Grader.isCorrect(AnswerKey.output(null), "4\n3")).isFalse();
        }
    }

    @Nested
    class Matching {
        // Left option ids 1, 2, 3; 4 shares its right side with 3, so either counts for 3.
        final AnswerKey key = AnswerKey.matching(java.util.Map.of(1L, "a count", 2L, "objects found", 3L, "an address",
                4L, "an address"));

        @Test
        void everyPairRightIsCorrectAndEarnsAllThePoints() {
            assertThat(Grader.isCorrect(key, "1=1,2=2,3=3,4=4")).isTrue();
            assertThat(Grader.awarded(key, "1=1,2=2,3=3,4=4", 4)).isEqualByComparingTo("4");
        }

        @Test
        void eachRightPairEarnsItsShareWithItsFraction() {
            assertThat(Grader.awarded(key, "1=1,2=2,3=1,4=2", 4)).isEqualByComparingTo("2");
            assertThat(Grader.awarded(key, "1=1,2=2,3=1,4=2", 3)).as("3 x 2/4 = 1.5, kept whole").isEqualByComparingTo("1.5");
            assertThat(Grader.isCorrect(key, "1=1,2=2,3=1,4=2")).isFalse();
        }

        @Test
        void equalRightSidesAreInterchangeable() {
            assertThat(Grader.rightPairs(key, "3=4,4=3")).isEqualTo(2);
        }

        @Test
        void unmatchedAndUnreadablePartsEarnNothing() {
            assertThat(Grader.awarded(key, "1=1,junk,2=", 4)).isEqualByComparingTo("1");
            assertThat(Grader.awarded(key, null, 4)).isZero();
            assertThat(Grader.awarded(AnswerKey.matching(java.util.Map.of()), "1=1", 4)).isZero();
        }
    }

    @Test
    void anEssayIsNeverGradedByKey() {
        var essay = new AnswerKey(QuestionType.ESSAY, Set.of(), null, List.of(), null, null, null);
        assertThat(Grader.isCorrect(essay, "A thoughtful answer.")).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "\n"})
    void anUnansweredQuestionIsWrong(String answer) {
        assertThat(Grader.isCorrect(AnswerKey.trueFalse(false), answer)).isFalse();
        assertThat(Grader.isCorrect(AnswerKey.output(""), answer)).isFalse();
    }

    @Test
    void theExpectedOutputOfAFailingProgramEndsWithItsError() {
        assertThat(new ComputedOutput("1\n", "NameError: name 'x' is not defined").printed())
                .isEqualTo("1\nNameError: name 'x' is not defined");
        assertThat(new ComputedOutput("1", "ZeroDivisionError").printed()).isEqualTo("1\nZeroDivisionError");
        assertThat(new ComputedOutput("done\n", null).printed()).isEqualTo("done\n");
    }

    /** Moodle's graded answers: the first match's credit, "*" only when nothing else matched. */
    @Nested
    class GradedAnswers {
        final AnswerKey pi = AnswerKey.numeric(3.1415, 0.0005).withGraded(List.of(
                new GradedAnswer("3.1415", 100, 0.0005, "Right to four places."),
                new GradedAnswer("3.14", 50, 0.01, "Close."),
                new GradedAnswer("*", 0, null, "Not even close."),
                new GradedAnswer("3", 0, 0.0, "Only its whole part.")));
        final AnswerKey grant = AnswerKey.shortText(List.of("Grant")).withGraded(List.of(
                new GradedAnswer("Grant", 100, null, "Yes."),
                new GradedAnswer("Ulysses", 50, null, "His first name: half."),
                new GradedAnswer("*", 0, null, "No."),
                new GradedAnswer("Lincoln", -50, null, "Another president.")));

        @Test
        void aNumericAnswerEarnsTheCreditOfTheFirstAlternativeItFallsWithin() {
            assertThat(Grader.awarded(pi, "3.1416", 4)).isEqualByComparingTo("4");
            assertThat(Grader.awarded(pi, "3.145", 4)).isEqualByComparingTo("2");
            assertThat(Grader.isCorrect(pi, "3.145")).isFalse();
            assertThat(Grader.matchingAnswer(pi, "3.145").feedback()).isEqualTo("Close.");
        }

        @Test
        void anyOtherAnswerIsTriedLastSoAnAnswerListedAfterItStillCounts() {
            assertThat(Grader.matchingAnswer(pi, "3").feedback()).isEqualTo("Only its whole part.");
            assertThat(Grader.matchingAnswer(pi, "42").feedback()).isEqualTo("Not even close.");
            assertThat(Grader.awarded(pi, "42", 4)).isZero();
            assertThat(Grader.matchingAnswer(pi, "")).isNull();
        }

        @Test
        void aShortAnswerEarnsItsCreditWithItsFractionAndNeverBelowZero() {
            assertThat(Grader.awarded(grant, " grant ", 3)).isEqualByComparingTo("3");
            assertThat(Grader.awarded(grant, "ulysses", 3)).as("50 % of 3").isEqualByComparingTo("1.5");
            assertThat(Grader.awarded(grant, "Lincoln", 3)).isZero();
            assertThat(Grader.matchingAnswer(grant, "Lincoln").feedback()).isEqualTo("Another president.");
            assertThat(Grader.matchingAnswer(grant, "Washington").feedback()).isEqualTo("No.");
        }

        @Test
        void theKeysOwnAnswerCountsInFullWhenNoGradedAnswerRepeatsIt() {
            AnswerKey key = AnswerKey.shortText(List.of("gc")).withGraded(List.of(new GradedAnswer("garbage collector", 50, null, null)));
            assertThat(Grader.awarded(key, "GC", 2)).isEqualByComparingTo("2");
            assertThat(Grader.awarded(key, "garbage collector", 2)).isEqualByComparingTo("1");
        }
    }

    /** Moodle's weights on choices: a single choice earns its option's credit, a multiple choice the sum. */
    @Nested
    class ChoiceCredits {
        final AnswerKey single = AnswerKey.choice(QuestionType.SINGLE_CHOICE, Set.of(1L))
                .withCredits(java.util.Map.of(1L, 100.0, 2L, 50.0, 3L, -25.0, 4L, 0.0));
        final AnswerKey multiple = AnswerKey.choice(QuestionType.MULTIPLE_CHOICE, Set.of(1L, 2L, 3L))
                .withCredits(java.util.Map.of(1L, 33.33333, 2L, 33.33333, 3L, 33.33333, 4L, -100.0));

        @Test
        void aSingleChoiceEarnsTheChosenOptionsCreditNeverBelowZero() {
            assertThat(Grader.awarded(single, "1", 4)).isEqualByComparingTo("4");
            assertThat(Grader.awarded(single, "2", 4)).isEqualByComparingTo("2");
            assertThat(Grader.isCorrect(single, "2")).isFalse();
            assertThat(Grader.awarded(single, "3", 4)).isZero();
            assertThat(Grader.awarded(single, "1,2", 4)).isZero();
        }

        @Test
        void aMultipleChoiceAddsTheChosenCreditsSoThirdsMakeAWholeAndAWrongOneTakesAway() {
            assertThat(Grader.awarded(multiple, "1,2,3", 3)).isEqualByComparingTo("3");
            assertThat(Grader.isCorrect(multiple, "3,2,1")).isTrue();
            assertThat(Grader.awarded(multiple, "1,2", 3)).isEqualByComparingTo("2");
            assertThat(Grader.awarded(multiple, "1", 3)).isEqualByComparingTo("1");
            assertThat(Grader.awarded(multiple, "1,2,3,4", 3)).isZero();
            assertThat(Grader.isCorrect(multiple, "1,2,3,4")).isFalse();
        }
    }
    /** Partial credit keeps its fraction, as Moodle does: kept to the hundredth, never rounded to whole points. */
    @Nested
    class FractionalPoints {

        @Test
        void aOnePointQuestionAnsweredAtHalfCreditEarnsHalfAPoint() {
            var shortAnswer = AnswerKey.shortText(List.of("Grant")).withGraded(List.of(new GradedAnswer("Ulysses", 50, null, null)));
            var numeric = AnswerKey.numeric(3.1415, 0.0005).withGraded(List.of(new GradedAnswer("3.14", 50, 0.01, null)));
            var single = AnswerKey.choice(QuestionType.SINGLE_CHOICE, Set.of(1L)).withCredits(java.util.Map.of(1L, 100.0, 2L, 50.0));
            assertThat(Grader.awarded(shortAnswer, "Ulysses", 1)).isEqualTo("0.50");
            assertThat(Grader.awarded(numeric, "3.14", 1)).isEqualTo("0.50");
            assertThat(Grader.awarded(single, "2", 1)).isEqualTo("0.50");
        }

        @Test
        void aThreePointMatchingQuestionWithOneOfTwoPairsRightEarnsOneAndAHalf() {
            var key = AnswerKey.matching(java.util.Map.of(1L, "a count", 2L, "an address"));
            assertThat(Grader.awarded(key, "1=1,2=1", 3)).isEqualTo("1.50");
            assertThat(Grader.isCorrect(key, "1=1,2=1")).isFalse();
        }

        @Test
        void sharesThatDoNotEndAtTheHundredthAreRoundedToTheNearestOne() {
            var thirds = AnswerKey.matching(java.util.Map.of(1L, "a", 2L, "b", 3L, "c"));
            assertThat(Grader.awarded(thirds, "1=1,2=2,3=1", 1)).as("2/3 of a point, as Moodle shows it").isEqualTo("0.67");
            assertThat(Grader.awarded(thirds, "1=1,2=1,3=1", 1)).isEqualTo("0.33");
        }

        @Test
        void moodleThirdsOfAMultipleChoiceAddUpToFullMarksWhateverThePoints() {
            var multiple = AnswerKey.choice(QuestionType.MULTIPLE_CHOICE, Set.of(1L, 2L, 3L))
                    .withCredits(java.util.Map.of(1L, 33.33333, 2L, 33.33333, 3L, 33.33333, 4L, -100.0));
            for (int points : new int[] {1, 3, 7, 1000}) {
                assertThat(Grader.awarded(multiple, "1,2,3", points)).isEqualByComparingTo(String.valueOf(points));
            }
            assertThat(Grader.awarded(multiple, "1,2", 1)).isEqualTo("0.67");
            assertThat(Grader.awarded(multiple, "2", 1)).isEqualTo("0.33");
        }

        @Test
        void negativeCreditsTakeAwayButNeverBelowZero() {
            var multiple = AnswerKey.choice(QuestionType.MULTIPLE_CHOICE, Set.of(1L, 2L))
                    .withCredits(java.util.Map.of(1L, 50.0, 2L, 50.0, 3L, -25.0, 4L, -100.0));
            var shortAnswer = AnswerKey.shortText(List.of("Grant")).withGraded(List.of(new GradedAnswer("Lincoln", -50, null, null)));
            assertThat(Grader.awarded(multiple, "1,3", 2)).as("(50 % - 25 %) of 2").isEqualTo("0.50");
            assertThat(Grader.awarded(multiple, "1,4", 2)).isEqualTo("0.00");
            assertThat(Grader.awarded(shortAnswer, "Lincoln", 1)).isEqualTo("0.00");
        }
    }
}
