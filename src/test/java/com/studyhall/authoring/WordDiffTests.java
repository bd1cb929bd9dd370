package com.studyhall.authoring;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WordDiffTests {

    @Test
    void marksOnlyTheChangedWords() {
        assertThat(WordDiff.of("The quick brown fox jumps.", "The quick red fox jumps!")).containsExactly(
                same("The quick "), del("brown"), ins("red"), same(" fox jumps"), del("."), ins("!"));
    }

    @Test
    void anInsertionInTheMiddleKeepsBothSides() {
        assertThat(WordDiff.of("a reference count", "a reference count of zero"))
                .containsExactly(same("a reference count"), ins(" of zero"));
    }

    @Test
    void emptyBeforeIsAllInserted() {
        assertThat(WordDiff.of("", "New text")).containsExactly(ins("New text"));
        assertThat(WordDiff.of("Old", "")).containsExactly(del("Old"));
        assertThat(WordDiff.of("same", "same")).containsExactly(same("same"));
    }

    @Test
    void textsTooLongForTheTableFallBackToOneRemovalAndOneInsertion() {
        String before = "x ".repeat(3000) + "end";
        String after = "y ".repeat(3000) + "end";
        List<WordDiff.Piece> pieces = WordDiff.of(before, after);
        assertThat(pieces).hasSize(3);
        assertThat(pieces.get(0).isRemoved()).isTrue();
        assertThat(pieces.get(1).isInserted()).isTrue();
        assertThat(pieces.get(2)).isEqualTo(same(" end"));
    }

    @Test
    void lineBreaksFromBrowsersDoNotCountAsChanges() {
        assertThat(WordDiff.of("one\ntwo", "one\r\ntwo")).containsExactly(same("one\ntwo"));
    }

    private static WordDiff.Piece same(String text) {
        return new WordDiff.Piece("same", text);
    }

    private static WordDiff.Piece del(String text) {
        return new WordDiff.Piece("del", text);
    }

    private static WordDiff.Piece ins(String text) {
        return new WordDiff.Piece("ins", text);
    }
}
