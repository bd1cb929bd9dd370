package com.studyhall.catalog.search;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HighlightedTests {

    @Test
    void marksEveryWordTheQueryMeetsAndKeepsTheRestVerbatim() {
        Highlighted marked = Highlighted.whole("Cycles <b>and</b> the cyclic collector", List.of("cycl"));
        assertThat(marked.text()).isEqualTo("Cycles <b>and</b> the cyclic collector");
        assertThat(marked.pieces()).filteredOn(Highlighted.Piece::match).extracting(Highlighted.Piece::text)
                .containsExactly("Cycles", "cyclic");
    }

    @Test
    void aLongTextShrinksToAWindowAroundItsFirstMatch() {
        String text = "word ".repeat(100) + "arena " + "filler ".repeat(100);
        Highlighted snippet = Highlighted.snippet(text, List.of("arena"));
        assertThat(snippet.text()).startsWith("… ").endsWith(" …").contains("arena").hasSizeLessThan(220);
        assertThat(snippet.pieces()).filteredOn(Highlighted.Piece::match).extracting(Highlighted.Piece::text)
                .containsExactly("arena");
    }

    @Test
    void aShortTextIsShownWhole() {
        assertThat(Highlighted.snippet("A short definition.", List.of("short")).text()).isEqualTo("A short definition.");
    }

    @Test
    void queryWordsAreFoldedDistinctAndLimited() {
        assertThat(Words.ofQuery("  Résumé RESUME, gc!  ")).containsExactly("resume", "gc");
        assertThat(Words.ofQuery("a b c d e f g h i j k")).hasSize(Words.MAX_QUERY_WORDS);
    }
}
