package com.studyhall.authoring;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word-level diff of two texts for the history page: the longest common subsequence of their
 * tokens (words, runs of white space, single punctuation marks), after the common start and end
 * are set aside. Texts too long for the table (more than {@value #MAX_CELLS} token pairs after
 * trimming) are shown as one removal and one insertion of the part that differs.
 */
final class WordDiff {

    /** One run of text: unchanged, removed (only in the old text) or inserted (only in the new). */
    public record Piece(String kind, String text) {

        public boolean isSame() {
            return kind.equals("same");
        }

        public boolean isRemoved() {
            return kind.equals("del");
        }

        public boolean isInserted() {
            return kind.equals("ins");
        }
    }

    static final int MAX_CELLS = 4_000_000;

    private static final Pattern TOKEN = Pattern.compile("\\s+|[\\p{L}\\p{N}_]+|.", Pattern.DOTALL);

    private WordDiff() {
    }

    static List<Piece> of(String before, String after) {
        List<String> a = tokens(before == null ? "" : before);
        List<String> b = tokens(after == null ? "" : after);
        int start = 0;
        while (start < a.size() && start < b.size() && a.get(start).equals(b.get(start))) {
            start++;
        }
        int endA = a.size();
        int endB = b.size();
        while (endA > start && endB > start && a.get(endA - 1).equals(b.get(endB - 1))) {
            endA--;
            endB--;
        }
        var pieces = new Pieces();
        pieces.add("same", a.subList(0, start));
        middle(a.subList(start, endA), b.subList(start, endB), pieces);
        pieces.add("same", a.subList(endA, a.size()));
        return pieces.list;
    }

    private static void middle(List<String> a, List<String> b, Pieces pieces) {
        if ((long) a.size() * b.size() > MAX_CELLS) {
            pieces.add("del", a);
            pieces.add("ins", b);
            return;
        }
        // lengths[i][j]: the longest common subsequence of a[i..] and b[j..]
        int[][] lengths = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lengths[i][j] = a.get(i).equals(b.get(j)) ? lengths[i + 1][j + 1] + 1
                        : Math.max(lengths[i + 1][j], lengths[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            if (a.get(i).equals(b.get(j))) {
                pieces.add("same", a.get(i++));
                j++;
            } else if (lengths[i + 1][j] >= lengths[i][j + 1]) {
                pieces.add("del", a.get(i++));
            } else {
                pieces.add("ins", b.get(j++));
            }
        }
        pieces.add("del", a.subList(i, a.size()));
        pieces.add("ins", b.subList(j, b.size()));
    }

    private static List<String> tokens(String text) {
        var tokens = new ArrayList<String>();
        Matcher matcher = TOKEN.matcher(text.replace("\r\n", "\n"));
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    /** Joins neighbouring tokens of the same kind into one piece. */
    private static final class Pieces {

        final List<Piece> list = new ArrayList<>();

        void add(String kind, List<String> tokens) {
            tokens.forEach(token -> add(kind, token));
        }

        void add(String kind, String token) {
            if (token.isEmpty()) {
                return;
            }
            int last = list.size() - 1;
            if (last >= 0 && list.get(last).kind().equals(kind)) {
                list.set(last, new Piece(kind, list.get(last).text() + token));
            } else {
                list.add(new Piece(kind, token));
            }
        }
    }
}
