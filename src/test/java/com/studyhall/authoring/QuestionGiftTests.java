package com.studyhall.authoring;

import com.studyhall.assessment.QuestionType;
import com.studyhall.authoring.CourseBundle.OptionBundle;
import com.studyhall.authoring.CourseBundle.QuestionBundle;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuestionGiftTests {

    static final List<QuestionBundle> EVERY_TYPE = List.of(
            new QuestionBundle(QuestionType.SINGLE_CHOICE, "Which *count* frees {an} object?", "When it hits = 0: done.", 1,
                    List.of(new OptionBundle("Reference count ~ 0", true), new OptionBundle("A #hash", false, null, "No: a {hash} is # not it")),
                    null, null, null, null, null),
            new QuestionBundle(QuestionType.MULTIPLE_CHOICE, "Which hold references?\n\nPick all.", "", 2,
                    List.of(new OptionBundle("names", true, null, null, 50.0, null), new OptionBundle("lists", true, null, null, 50.0, null),
                            new OptionBundle("ints", false, null, null, -100.0, null)),
                    null, null, null, null, null),
            new QuestionBundle(QuestionType.TRUE_FALSE, "del deletes the object.", "It deletes a name.", 1,
                    null, false, null, null, null, null),
            new QuestionBundle(QuestionType.SHORT_TEXT, "Module that runs the collector?", "", 1,
                    null, null, List.of("gc", "the gc module"), null, null, null),
            new QuestionBundle(QuestionType.NUMERIC, "How many generations?", "Three: 0, 1, 2.", 1,
                    null, null, null, 3.0, 0.5, null),
            new QuestionBundle(QuestionType.PREDICT_OUTPUT, "What does this print?", "", 3,
                    null, null, null, null, null, "import sys\na = []\nprint(len(a))\n"),
            new QuestionBundle(QuestionType.MATCHING, "Match each call with its result.", "From the docs.", 3,
                    List.of(new OptionBundle("gc.collect()", true, "objects found"), new OptionBundle("id(x)", true, "a number"),
                            new OptionBundle("", true, "a weak reference")), null, null, null, null, null),
            new QuestionBundle(QuestionType.ESSAY, "Why does a cycle outlive its names?", "Counts stay above zero.", 4,
                    null, null, null, null, null, null));

    @Test
    void everyTypeSurvivesARoundTrip() {
        assertThat(QuestionGift.read(QuestionGift.write(EVERY_TYPE))).isEqualTo(EVERY_TYPE);
    }

    @Test
    void theBankQuestionKeepsEveryFieldOfEveryTypeAndOfEveryImportedForm() {
        var all = new java.util.ArrayList<>(EVERY_TYPE);
        all.addAll(QuestionGift.read(EveryDocumentedForm.resource("/gift/every-documented-form.gift"), true));
        for (QuestionBundle bundle : all) {
            var question = new com.studyhall.assessment.Question(null, 1, bundle.type(), "", "", 1);
            QuestionMapping.apply(question, bundle);
            assertThat(QuestionMapping.toBundle(question)).as(bundle.prompt()).isEqualTo(bundle);
        }
    }

    @Test
    void readsMoodleStyleQuestions() {
        String gift = """
                // a comment
                $CATEGORY: $course$/Memory
                ::Cycles::Which collector finds cycles? {
                  =the cyclic collector#right
                  ~reference counting#no
                }

                Two plus two is {#4}

                Pi to two places {#3.13..3.15}

                Python is garbage collected {T}
                """;
        List<QuestionBundle> read = QuestionGift.read(gift);
        assertThat(read).extracting(QuestionBundle::type).containsExactly(QuestionType.SINGLE_CHOICE,
                QuestionType.NUMERIC, QuestionType.NUMERIC, QuestionType.TRUE_FALSE);
        assertThat(read.get(0).options()).containsExactly(new OptionBundle("the cyclic collector", true, null, "right"),
                new OptionBundle("reference counting", false, null, "no"));
        assertThat(read.get(2).numericAnswer()).isEqualTo(3.14, org.assertj.core.data.Offset.offset(1e-9));
    }

    /** Our own file of every form in Moodle's GIFT documentation (src/test/resources/gift). */
    @Nested
    class EveryDocumentedForm {

        final List<QuestionBundle> read = QuestionGift.read(resource("/gift/every-documented-form.gift"), true);

        @Test
        void theDescriptionIsListedWithItsLineAndNothingIsReadUnlessTheOthersAreWanted() {
            assertThatThrownBy(() -> QuestionGift.read(resource("/gift/every-documented-form.gift")))
                    .isInstanceOfSatisfying(OtherTypesException.class, e -> assertThat(e.problems()).containsExactly(
                            "line 72: a description (text with no answer in braces { }); Studyhall has no such question type"));
            assertThat(read).hasSize(20).noneMatch(q -> q.prompt().contains("The next questions"));
        }

        @Test
        void perAnswerFeedbackStaysWithItsOptionWithoutItsFormatTag() {
            assertThat(read.get(0).options()).extracting(OptionBundle::feedback).containsExactly(
                    "right: no collection pass is needed", "it only runs <i>now and then</i>",
                    "it hands memory back, it decides nothing");
            assertThat(read.get(0).explanation()).isEmpty();
            assertThat(read.get(2).options()).extracting(OptionBundle::feedback).containsExactly("yes", "yes",
                    "no: it refers to nothing", "no");
        }

        @Test
        void optionFeedbackIsWrittenAfterItsAnswer() {
            assertThat(QuestionGift.write(List.of(read.get(0))))
                    .contains("=reference counting#right\\: no collection pass is needed ~the cyclic collector#it only runs");
        }

        @Test
        void everyQuestionImportsAsTheTypeMoodleWouldGiveIt() {
            assertThat(read).extracting(QuestionBundle::type).containsExactly(QuestionType.SINGLE_CHOICE,
                    QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_CHOICE, QuestionType.SHORT_TEXT,
                    QuestionType.TRUE_FALSE, QuestionType.TRUE_FALSE, QuestionType.TRUE_FALSE, QuestionType.NUMERIC,
                    QuestionType.NUMERIC, QuestionType.NUMERIC, QuestionType.NUMERIC, QuestionType.MATCHING,
                    QuestionType.ESSAY, QuestionType.ESSAY, QuestionType.SHORT_TEXT, QuestionType.NUMERIC,
                    QuestionType.NUMERIC, QuestionType.TRUE_FALSE, QuestionType.MULTIPLE_CHOICE, QuestionType.SINGLE_CHOICE);
        }

        @Test
        void everyQuestionKeepsTheCategoryItWasReadUnderWithoutMoodlesContext() {
            assertThat(read.subList(0, 14)).extracting(QuestionBundle::category).containsOnly("Memory/Counting");
            assertThat(read.subList(14, 20)).extracting(QuestionBundle::category).containsOnly("Memory/Cycles");
            assertThat(QuestionGift.category(" $system$/top ")).isNull();
            assertThat(QuestionGift.category("Plain/Path")).isEqualTo("Plain/Path");
        }

        @Test
        void pointsCommentsGiveTheQuestionsWithPartialCreditTheirPoints() {
            assertThat(read.subList(14, 20)).extracting(QuestionBundle::points).containsExactly(2, 2, 2, 1, 2, 4);
        }

        @Test
        void choiceWeightsBecomeCreditsAndAnEqualsSignMakesASingleChoiceAsInMoodle() {
            assertThat(read.get(0).options()).extracting(OptionBundle::credit).containsOnlyNulls();
            assertThat(read.get(2).options()).extracting(OptionBundle::credit).containsExactly(50.0, 50.0, -100.0, -100.0);
            assertThat(read.get(18).options()).extracting(OptionBundle::credit, OptionBundle::correct).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(50.0, true), org.assertj.core.groups.Tuple.tuple(50.0, true),
                    org.assertj.core.groups.Tuple.tuple(-100.0, false));
            assertThat(read.get(19).options()).extracting(OptionBundle::credit, OptionBundle::correct).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(100.0, true), org.assertj.core.groups.Tuple.tuple(50.0, false),
                    org.assertj.core.groups.Tuple.tuple(-25.0, false), org.assertj.core.groups.Tuple.tuple(0.0, false));
            assertThat(QuestionGift.write(List.of(read.get(19))))
                    .contains("{=gc.set_threshold()#Right. ~%50%gc.get_threshold()#Close\\: that one only reads it. ~%-25%gc.disable()");
        }

        @Test
        void choicesLoseTheirFormatTagsAndFeedbackButKeepTheirWeights() {
            assertThat(read.get(0).options()).extracting(OptionBundle::text, OptionBundle::correct).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("reference counting", true),
                    org.assertj.core.groups.Tuple.tuple("the cyclic collector", false),
                    org.assertj.core.groups.Tuple.tuple("the allocator", false));
            assertThat(read.get(1).prompt()).isEqualTo("A cycle keeps every count above _____ until the collector breaks it.");
            assertThat(read.get(2).options()).extracting(OptionBundle::text, OptionBundle::correct).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("a list", true), org.assertj.core.groups.Tuple.tuple("a dict", true),
                    org.assertj.core.groups.Tuple.tuple("an int", false), org.assertj.core.groups.Tuple.tuple("a `str`", false));
        }

        @Test
        void aShortAnswerAcceptsItsFullCreditAnswersAndKeepsEveryAnswersCreditAndFeedback() {
            assertThat(read.get(3).acceptedAnswers()).containsExactly("gc", "the gc module");
            assertThat(read.get(3).explanation()).isEmpty();
            assertThat(read.get(3).options()).containsExactly(OptionBundle.graded("gc", 100, null, "Right."),
                    OptionBundle.graded("the gc module", 100, null, null),
                    OptionBundle.graded("garbage collector", 50, null, "Close: the module's name is shorter."),
                    OptionBundle.graded("*", 0, null, "No."));
            assertThat(read.get(14).acceptedAnswers()).containsExactly("gc.collect()");
            assertThat(read.get(14).options()).extracting(OptionBundle::text, OptionBundle::credit).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("gc.collect()", 100.0), org.assertj.core.groups.Tuple.tuple("collect()", 50.0),
                    org.assertj.core.groups.Tuple.tuple("*", 0.0));
        }

        @Test
        void trueFalseFeedbackGoesToTheAnswerThatEarnsItTheFirstToTheWrongAnswer() {
            assertThat(read.get(4).answer()).isFalse();
            assertThat(read.get(4).options()).isNull();
            assertThat(read.get(4).prompt()).isEqualTo("`del x` deletes the object `x` names.");
            assertThat(read.get(5).answer()).isTrue();
            assertThat(read.get(6).answer()).isTrue();
            assertThat(read.get(6).explanation()).isEqualTo("Unless a finalizer resurrects it.");
            assertThat(read.get(6).options()).containsExactly(new OptionBundle("True", true, null, "Yes, at once."),
                    new OptionBundle("False", false, null, "It is: CPython does not wait."));
            assertThat(read.get(17).answer()).isFalse();
            assertThat(read.get(17).prompt()).isEqualTo("An <b>int</b> such as 5 is freed once nothing refers to it.");
            assertThat(read.get(17).options()).containsExactly(new OptionBundle("True", false, null, "Small ints are cached and never freed."),
                    new OptionBundle("False", true, null, "Right: CPython keeps small ints for good."));
        }

        @Test
        void numericAnswersReadTolerancesRangesAlternativesAndTheWrongAnswerBranch() {
            assertThat(read.get(7).numericAnswer()).isEqualTo(3.0);
            assertThat(read.get(7).tolerance()).isEqualTo(0.0);
            assertThat(read.get(7).options()).isNull();
            assertThat(read.get(8).numericAnswer()).isEqualTo(8.0);
            assertThat(read.get(8).tolerance()).isEqualTo(0.5);
            assertThat(read.get(9).numericAnswer()).isEqualTo(700.0);
            assertThat(read.get(9).tolerance()).isEqualTo(0.0);
            assertThat(read.get(9).explanation()).isEmpty();
            assertThat(read.get(9).options()).containsExactly(OptionBundle.graded("700", 100, 0.0, "the default"),
                    OptionBundle.graded("700", 50, 100.0, "close"), OptionBundle.graded("*", 0, null, "Look at gc.get_threshold()."));
            assertThat(read.get(10).numericAnswer()).isEqualTo(3.0);
            assertThat(read.get(10).tolerance()).isEqualTo(2.0);
            assertThat(read.get(10).options()).containsExactly(OptionBundle.graded("3", 100, 2.0, null),
                    OptionBundle.graded("*", 0, null, "Completely wrong"));
            assertThat(read.get(15).numericAnswer()).isEqualTo(3.1415);
            assertThat(read.get(15).prompt()).isEqualTo("Pi to four decimal places?");
            assertThat(read.get(15).options()).containsExactly(OptionBundle.graded("3.1415", 100, 0.0005, "Right to four places."),
                    OptionBundle.graded("3.14", 50, 0.01, "Close: two places earn half."),
                    OptionBundle.graded("*", 0, null, "Not close enough: no credit."));
            assertThat(read.get(16).options()).containsExactly(OptionBundle.graded("8", 100, 0.5, "Eight."),
                    OptionBundle.graded("10", 50, 6.0, "Within a factor of two: half."));
        }

        @Test
        void matchingKeepsEveryPairAndTheExtraAnswer() {
            assertThat(read.get(11).prompt()).isEqualTo("Match each <b>function</b> with what it gives back.");
            assertThat(read.get(11).options()).containsExactly(
                    new OptionBundle("sys.getrefcount(x)", true, "one more than the references"),
                    new OptionBundle("gc.collect()", true, "the unreachable objects it found"),
                    new OptionBundle("`id(x)`", true, "an identity number"),
                    new OptionBundle("", true, "a weak reference"));
        }

        @Test
        void essaysKeepTheirTextAndGeneralFeedback() {
            assertThat(read.get(12).prompt()).isEqualTo("Explain why a reference cycle outlives its last outside name.");
            assertThat(read.get(13).explanation()).isEqualTo("It may resurrect it.");
        }

        @Test
        void theStudioFormAndItsHistoryKeepEveryImportedQuestionAsItWasRead() {
            for (QuestionBundle question : read) {
                assertThat(QuestionForm.of(question, 1).toBundle()).isEqualTo(question);
                assertThat(QuestionForm.of(question, 1).restoring(QuestionMapping.snapshot(question), 7).toBundle())
                        .as(question.prompt()).isEqualTo(question);
            }
        }

        @Test
        void whatWasImportedWritesOutAndReadsBackTheSame() {
            assertThat(QuestionGift.read(QuestionGift.write(read))).isEqualTo(read);
        }

        private static String resource(String path) {
            try (var in = QuestionGiftTests.class.getResourceAsStream(path)) {
                return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    @Nested
    class MalformedInput {

        @Test
        void namesTheLineOfEveryProblem() {
            String gift = "Fine question {T}\n\nNo braces here\n\nBad number {#abc}\n\nTwo right {=a =b ~c}\n";
            assertThatThrownBy(() -> QuestionGift.read(gift))
                    .isInstanceOfSatisfying(FormatException.class, e -> assertThat(e.problems()).containsExactly(
                            "line 5: a numeric answer must read #answer:tolerance or #low..high, not #abc",
                            "line 7: a single-choice question needs exactly one correct option",
                            "line 3: a description (text with no answer in braces { }); Studyhall has no such question type"));
        }

        @Test
        void namesWhatIsWrongWithMatchingAndNumericAnswers() {
            String gift = "Match {=a -> b =c}\n\nOne pair {=a -> b}\n\nRange {#5..1}\n\nTolerance {#3:-1}\n\n"
                    + "No full credit {#=%50%3:1}\n";
            assertThatThrownBy(() -> QuestionGift.read(gift))
                    .isInstanceOfSatisfying(FormatException.class, e -> assertThat(e.problems()).containsExactly(
                            "line 1: every answer of a matching question reads =item -> match, not =c",
                            "line 3: a matching question needs at least two pairs, each item with its match"
                                    + " (a match without an item is an extra wrong answer)",
                            "line 5: a numeric range must run from low to high, not #5..1",
                            "line 7: a numeric tolerance cannot be negative: #3:-1",
                            "line 9: a numeric question needs an answer worth 100 %: #=%50%3:1"));
        }

        @Test
        void refusesAnEmptyFile() {
            assertThatThrownBy(() -> QuestionGift.read("// nothing\n")).hasMessageContaining("no questions");
        }
    }
}
