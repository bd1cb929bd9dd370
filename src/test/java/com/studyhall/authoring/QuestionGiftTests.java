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
                    List.of(new OptionBundle("Reference count ~ 0", true), new OptionBundle("A #hash", false)),
                    null, null, null, null, null),
            new QuestionBundle(QuestionType.MULTIPLE_CHOICE, "Which hold references?\n\nPick all.", "", 2,
                    List.of(new OptionBundle("names", true), new OptionBundle("lists", true), new OptionBundle("ints", false)),
                    null, null, null, null, null),
            new QuestionBundle(QuestionType.TRUE_FALSE, "del deletes the object.", "It deletes a name.", 1,
                    null, false, null, null, null, null),
            new QuestionBundle(QuestionType.SHORT_TEXT, "Module that runs the collector?", "", 1,
                    null, null, List.of("gc", "the gc module"), null, null, null),
            new QuestionBundle(QuestionType.NUMERIC, "How many generations?", "Three: 0, 1, 2.", 1,
                    null, null, null, 3.0, 0.5, null),
            new QuestionBundle(QuestionType.PREDICT_OUTPUT, "What does this print?", "", 3,
                    null, null, null, null, null, "import sys\na = []\nprint(len(a))\n"));

    @Test
    void everyTypeSurvivesARoundTrip() {
        assertThat(QuestionGift.read(QuestionGift.write(EVERY_TYPE))).isEqualTo(EVERY_TYPE);
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
        assertThat(read.get(0).options()).containsExactly(new OptionBundle("the cyclic collector", true),
                new OptionBundle("reference counting", false));
        assertThat(read.get(2).numericAnswer()).isEqualTo(3.14, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Nested
    class MalformedInput {

        @Test
        void namesTheLineOfEveryProblem() {
            String gift = "Fine question {T}\n\nNo braces here\n\nBad number {#abc}\n\nTwo right {=a =b ~c}\n";
            assertThatThrownBy(() -> QuestionGift.read(gift))
                    .isInstanceOfSatisfying(FormatException.class, e -> assertThat(e.problems()).containsExactly(
                            "line 3: no answer in braces { } (descriptions without answers are not imported)",
                            "line 5: a numeric answer must read #answer:tolerance or #low..high, not #abc",
                            "line 7: a single-choice question needs exactly one correct option"));
        }

        @Test
        void refusesAnEssayWithoutCode() {
            assertThatThrownBy(() -> QuestionGift.read("Write an essay {}"))
                    .hasMessageContaining("line 1: essay questions are imported only as predict-the-output");
        }

        @Test
        void refusesAnEmptyFile() {
            assertThatThrownBy(() -> QuestionGift.read("// nothing\n")).hasMessageContaining("no questions");
        }
    }
}
