package com.studyhall.catalog.search;

import com.studyhall.catalog.CourseCard;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SearchIndexTests {

    private static SearchIndex.Document course(String title, String tagline, SearchIndex.Field... more) {
        var fields = new java.util.ArrayList<SearchIndex.Field>();
        fields.add(new SearchIndex.Field(SearchIndex.Kind.TITLE, "Title", title, "/courses/x"));
        fields.add(new SearchIndex.Field(SearchIndex.Kind.TAGLINE, "Tagline", tagline, "/courses/x"));
        fields.addAll(List.of(more));
        return new SearchIndex.Document(new CourseCard(title.toLowerCase().replace(' ', '-'), title, tagline,
                "Technology", "Beginner", 1), fields);
    }

    private static SearchIndex.Field field(SearchIndex.Kind kind, String text) {
        return new SearchIndex.Field(kind, kind.name(), text, "/courses/x/s");
    }

    private final SearchIndex index = new SearchIndex(List.of(
            course("Python Memory", "Reference counting",
                    field(SearchIndex.Kind.SECTION, "Generations, Thresholds and Tuning"),
                    field(SearchIndex.Kind.INSTRUCTOR, "Ines Instructor")),
            course("Typography", "Readable interfaces",
                    field(SearchIndex.Kind.DESCRIPTION, "Generations of type designers argued about memory of shapes"),
                    field(SearchIndex.Kind.TERM, "Kerning"))));

    @Test
    void aSectionTitleMatchOutranksTheSameWordInADescription() {
        assertThat(index.search(Words.ofQuery("generations"))).extracting(hit -> hit.card().title())
                .containsExactly("Python Memory", "Typography");
    }

    @Test
    void everyWordOfTheQueryMustBeFoundSomewhereInTheCourse() {
        assertThat(index.search(Words.ofQuery("memory kerning"))).extracting(hit -> hit.card().title())
                .containsExactly("Typography");
        assertThat(index.search(Words.ofQuery("memory kerning unicorn"))).isEmpty();
    }

    @Test
    void theBeginningOfAWordFindsItFromThreeLettersOn() {
        assertThat(index.search(Words.ofQuery("gen"))).hasSize(2);
        assertThat(index.search(Words.ofQuery("ge"))).isEmpty();
    }

    @Test
    void caseAndAccentsDoNotMatter() {
        assertThat(index.search(Words.ofQuery("ÎNÉS"))).extracting(hit -> hit.card().title())
                .containsExactly("Python Memory");
    }

    @Test
    void instructorNamesAreSearchedAndShownAsTheMatch() {
        CourseHit hit = index.search(Words.ofQuery("ines")).get(0);
        assertThat(hit.matches()).extracting(CourseHit.Match::label).containsExactly("INSTRUCTOR");
        assertThat(hit.matches().get(0).text().pieces())
                .containsExactly(new Highlighted.Piece("Ines", true), new Highlighted.Piece(" Instructor", false));
    }

    @Test
    void theTitleComesBackWithTheMatchedWordsMarked() {
        CourseHit hit = index.search(Words.ofQuery("memory")).get(0);
        assertThat(hit.title().pieces()).containsExactly(
                new Highlighted.Piece("Python ", false), new Highlighted.Piece("Memory", true));
    }

    @Test
    void punctuationAndSqlWildcardsAreNotSpecial() {
        assertThat(index.search(Words.ofQuery("100%_"))).isEmpty();
        assertThat(index.search(Words.ofQuery("%"))).isEmpty();
    }
}
