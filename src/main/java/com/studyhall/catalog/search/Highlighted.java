package com.studyhall.catalog.search;

import java.util.ArrayList;
import java.util.List;

/**
 * A text cut into pieces, the pieces that matched the query marked. Templates print each piece as
 * text (a {@code mark} element around matches), so nothing in a course's text becomes markup.
 */
public record Highlighted(List<Piece> pieces) {

    private static final int SNIPPET_LENGTH = 180;

    public record Piece(String text, boolean match) {
    }

    /** The whole text with every word the query meets marked. */
    static Highlighted whole(String text, List<String> query) {
        return of(text == null ? "" : text, query, 0, text == null ? 0 : text.length());
    }

    /**
     * A short window of a long text around its first match, with an ellipsis where it was cut, so a
     * hit deep inside a description still shows why the course was found.
     */
    static Highlighted snippet(String text, List<String> query) {
        if (text == null || text.length() <= SNIPPET_LENGTH) {
            return whole(text, query);
        }
        int first = Words.of(text).stream()
                .filter(word -> query.stream().anyMatch(q -> Words.match(q, word.folded()) > 0))
                .mapToInt(Words.Word::start).findFirst().orElse(0);
        int start = Math.max(0, first - SNIPPET_LENGTH / 3);
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        int end = Math.min(text.length(), start + SNIPPET_LENGTH);
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        Highlighted window = of(text, query, start, end);
        var pieces = new ArrayList<Piece>();
        if (start > 0) {
            pieces.add(new Piece("… ", false));
        }
        pieces.addAll(window.pieces());
        if (end < text.length()) {
            pieces.add(new Piece(" …", false));
        }
        return new Highlighted(List.copyOf(pieces));
    }

    private static Highlighted of(String text, List<String> query, int from, int to) {
        var pieces = new ArrayList<Piece>();
        int at = from;
        for (Words.Word word : Words.of(text)) {
            if (word.start() < from || word.end() > to) {
                continue;
            }
            if (query.stream().anyMatch(q -> Words.match(q, word.folded()) > 0)) {
                if (word.start() > at) {
                    pieces.add(new Piece(text.substring(at, word.start()), false));
                }
                pieces.add(new Piece(text.substring(word.start(), word.end()), true));
                at = word.end();
            }
        }
        if (at < to) {
            pieces.add(new Piece(text.substring(at, to), false));
        }
        return new Highlighted(List.copyOf(pieces));
    }

    /** The plain text, for tests and for anything that needs no marks. */
    public String text() {
        var text = new StringBuilder();
        pieces.forEach(piece -> text.append(piece.text()));
        return text.toString();
    }
}
