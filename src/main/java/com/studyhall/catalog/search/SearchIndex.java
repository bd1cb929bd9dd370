package com.studyhall.catalog.search;

import com.studyhall.catalog.CourseCard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Every published course as a list of weighted texts — its title weighs most, a sentence deep in a
 * glossary definition least — already cut into words, so a search only compares words.
 */
final class SearchIndex {

    /** What a text is to its course, with the weight a match in it carries. */
    enum Kind {
        TITLE(12), TAGLINE(6), SECTION(5), INSTRUCTOR(5), TERM(4), CATEGORY(3), SECTION_OVERVIEW(1.5),
        EXPLANATION(1.5), DESCRIPTION(1);

        final double weight;

        Kind(double weight) {
            this.weight = weight;
        }
    }

    /** One searchable text of a course: {@code label} and {@code href} say where it was found. */
    record Field(Kind kind, String label, String text, String href, List<Words.Word> words) {

        Field(Kind kind, String label, String text, String href) {
            this(kind, label, text == null ? "" : text, href, Words.of(text));
        }

        double match(String queryWord) {
            double best = 0;
            for (Words.Word word : words) {
                best = Math.max(best, Words.match(queryWord, word.folded()));
            }
            return best * kind.weight;
        }
    }

    record Document(CourseCard card, List<Field> fields) {
    }

    private static final int MATCH_LINES = 4;

    private final List<Document> documents;

    SearchIndex(List<Document> documents) {
        this.documents = List.copyOf(documents);
    }

    /**
     * The courses that contain every word of the query (whole words or, from three letters on, their
     * beginnings), best first: a course scores, for each query word, the weight of the heaviest text
     * it appears in.
     */
    List<CourseHit> search(List<String> query) {
        if (query.isEmpty()) {
            return List.of();
        }
        var hits = new ArrayList<CourseHit>();
        for (Document document : documents) {
            double score = 0;
            boolean everyWord = true;
            for (String word : query) {
                double best = document.fields().stream().mapToDouble(field -> field.match(word)).max().orElse(0);
                everyWord &= best > 0;
                score += best;
            }
            if (everyWord) {
                hits.add(hit(document, query, score));
            }
        }
        hits.sort(Comparator.comparingDouble(CourseHit::score).reversed()
                .thenComparing(hit -> hit.card().title()));
        return hits;
    }

    private static CourseHit hit(Document document, List<String> query, double score) {
        Field title = document.fields().get(0);
        Field tagline = document.fields().get(1);
        List<CourseHit.Match> matches = document.fields().stream()
                .filter(field -> field.kind() != Kind.TITLE && field.kind() != Kind.TAGLINE && field.kind() != Kind.CATEGORY)
                .filter(field -> query.stream().anyMatch(word -> field.match(word) > 0))
                .sorted(Comparator.comparingDouble((Field field) -> field.kind().weight).reversed())
                .limit(MATCH_LINES)
                .map(field -> new CourseHit.Match(field.label(), Highlighted.snippet(field.text(), query), field.href()))
                .toList();
        return new CourseHit(document.card(), Highlighted.whole(title.text(), query),
                Highlighted.whole(tagline.text(), query), matches, score);
    }
}
