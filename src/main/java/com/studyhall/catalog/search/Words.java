package com.studyhall.catalog.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How text is cut into words for search: letters and digits, case and accents folded, so "Résumé"
 * is found by "resume" and "GC" by "gc". The same rules cut the query and the content.
 */
final class Words {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    static final int MAX_QUERY_WORDS = 8;

    private Words() {
    }

    /** One word folded for comparison. */
    static String fold(String word) {
        return MARKS.matcher(Normalizer.normalize(word, Normalizer.Form.NFKD)).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** The distinct folded words of a query, at most {@value #MAX_QUERY_WORDS}. */
    static List<String> ofQuery(String query) {
        var words = new LinkedHashSet<String>();
        Matcher m = WORD.matcher(query == null ? "" : query);
        while (m.find() && words.size() < MAX_QUERY_WORDS) {
            words.add(fold(m.group()));
        }
        return List.copyOf(words);
    }

    /** Each word of a text with where it stands, so a match can be marked in the original text. */
    static List<Word> of(String text) {
        var words = new ArrayList<Word>();
        Matcher m = WORD.matcher(text == null ? "" : text);
        while (m.find()) {
            words.add(new Word(fold(m.group()), m.start(), m.end()));
        }
        return words;
    }

    /** How well a query word meets a text word: 1 for the whole word, less for its beginning, 0 not at all. */
    static double match(String queryWord, String textWord) {
        if (textWord.equals(queryWord)) {
            return 1.0;
        }
        // A prefix counts from three letters on ("gen" finds "generations"); "a" would find everything.
        return queryWord.length() >= 3 && textWord.startsWith(queryWord) ? 0.7 : 0.0;
    }

    record Word(String folded, int start, int end) {
    }
}
