package com.studyhall.authoring;

import com.studyhall.authoring.CourseBundle.FlashcardBundle;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FlashcardTsvTests {

    @Test
    void cardsWithTabsQuotesAndLineBreaksSurviveARoundTrip() {
        List<FlashcardBundle> cards = List.of(new FlashcardBundle("What is `sys.getrefcount`?", "A function.\n\nIt adds one."),
                new FlashcardBundle("Tab\there", "Say \"cycle\""), new FlashcardBundle("# not a comment", "plain"));
        String tsv = FlashcardTsv.write(cards);
        assertThat(tsv).startsWith("#separator:tab\n#html:false\n");
        assertThat(FlashcardTsv.read(tsv)).isEqualTo(cards);
    }

    @Test
    void cellsASpreadsheetWouldRunAsFormulasAreDefusedAndComeBackUnchanged() {
        List<FlashcardBundle> cards = List.of(new FlashcardBundle("=HYPERLINK(\"http://evil.example\")", "+1"),
                new FlashcardBundle("-5 // 2", "@SUM(A1)"));
        String tsv = FlashcardTsv.write(cards);
        assertThat(tsv.lines().skip(3)).allSatisfy(line -> assertThat(line).doesNotStartWith("=").doesNotStartWith("\"="))
                .anySatisfy(line -> assertThat(line).startsWith("\"'=HYPERLINK"))
                .anySatisfy(line -> assertThat(line).startsWith("'-5 // 2\t'@SUM(A1)"));
        assertThat(FlashcardTsv.read(tsv)).isEqualTo(cards);
    }

    @Test
    void readsAnkiPlainTextExports() {
        assertThat(FlashcardTsv.read("#separator:tab\r\n#html:false\r\nfront one\tback one\r\nfront two\tback two\t\r\n"))
                .containsExactly(new FlashcardBundle("front one", "back one"), new FlashcardBundle("front two", "back two"));
    }

    @Test
    void namesTheLineOfEveryProblemAndKeepsNothing() {
        assertThatThrownBy(() -> FlashcardTsv.read("ok\tfine\nonly a front\n\tno front\na\tb\tc\n"))
                .isInstanceOfSatisfying(FormatException.class, e -> assertThat(e.problems()).containsExactly(
                        "line 2: expected a front and a back separated by a tab, found 1 field",
                        "line 3: the front and the back must both have text",
                        "line 4: expected 2 fields (front, back), found 3"));
        assertThatThrownBy(() -> FlashcardTsv.read("\"never closed\tback\n")).hasMessageContaining("line 1: a quoted field");
    }
}
