package com.studyhall.authoring;

import com.studyhall.authoring.CourseBundle.FlashcardBundle;
import com.studyhall.web.SpreadsheetCells;

import java.util.ArrayList;
import java.util.List;

/**
 * Flashcards as tab-separated text that Anki imports: a header of Anki's file options, then one
 * card per record, front and back. A field holding a tab, a line break or a double quote is
 * quoted CSV-style (doubled quotes inside), which Anki's importer reads back as the same text.
 * A field that a spreadsheet would run as a formula gets a leading apostrophe
 * ({@link SpreadsheetCells}); reading our own file takes it off again.
 */
final class FlashcardTsv {

    static final String HEADER = "#separator:tab\n#html:false\n#columns:Front\tBack\n";

    private FlashcardTsv() {
    }

    static String write(List<FlashcardBundle> cards) {
        var out = new StringBuilder(HEADER);
        for (FlashcardBundle card : cards) {
            out.append(field(card.front())).append('\t').append(field(card.back())).append('\n');
        }
        return out.toString();
    }

    private static String field(String raw) {
        String text = SpreadsheetCells.defused(raw);
        boolean quote = text.indexOf('\t') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('"') >= 0
                || text.indexOf('\r') >= 0 || text.startsWith("#");
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    /** Reads every card, or throws with every problem found; lines starting with # are Anki options. */
    static List<FlashcardBundle> read(String tsv) {
        var cards = new ArrayList<FlashcardBundle>();
        var problems = new ArrayList<String>();
        String text = tsv.startsWith("\uFEFF") ? tsv.substring(1) : tsv;
        text = text.replace("\r\n", "\n");
        int i = 0;
        int line = 1;
        while (i < text.length()) {
            int recordLine = line;
            if (text.charAt(i) == '#' || text.charAt(i) == '\n') {
                int end = text.indexOf('\n', i);
                i = end < 0 ? text.length() : end + 1;
                line++;
                continue;
            }
            var fields = new ArrayList<String>();
            var field = new StringBuilder();
            boolean quoted = false;
            boolean closed = false;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i += 2;
                        continue;
                    }
                    if (c == '"') {
                        quoted = false;
                    } else {
                        if (c == '\n') {
                            line++;
                        }
                        field.append(c);
                    }
                    i++;
                } else if (c == '"' && field.isEmpty()) {
                    quoted = true;
                    i++;
                } else if (c == '\t') {
                    fields.add(field.toString());
                    field.setLength(0);
                    i++;
                } else if (c == '\n') {
                    i++;
                    line++;
                    closed = true;
                    break;
                } else {
                    field.append(c);
                    i++;
                }
            }
            if (quoted) {
                problems.add("line " + recordLine + ": a quoted field is never closed");
                break;
            }
            fields.add(field.toString());
            check(fields, recordLine, problems).ifPresent(cards::add);
            if (!closed && i >= text.length()) {
                break;
            }
        }
        if (!problems.isEmpty()) {
            throw new FormatException(problems);
        }
        if (cards.isEmpty()) {
            throw new FormatException(List.of("the file holds no cards"));
        }
        return cards;
    }

    private static java.util.Optional<FlashcardBundle> check(List<String> fields, int line, List<String> problems) {
        if (fields.size() < 2) {
            problems.add("line " + line + ": expected a front and a back separated by a tab, found " + fields.size() + " field");
            return java.util.Optional.empty();
        }
        if (fields.size() > 2 && fields.subList(2, fields.size()).stream().anyMatch(f -> !f.isBlank())) {
            problems.add("line " + line + ": expected 2 fields (front, back), found " + fields.size());
            return java.util.Optional.empty();
        }
        String front = SpreadsheetCells.restored(fields.get(0));
        String back = SpreadsheetCells.restored(fields.get(1));
        if (front.isBlank() || back.isBlank()) {
            problems.add("line " + line + ": the front and the back must both have text");
        } else if (front.length() > 2000 || back.length() > 4000) {
            problems.add("line " + line + ": too long (front 2000, back 4000 characters at most)");
        } else {
            return java.util.Optional.of(new FlashcardBundle(front, back));
        }
        return java.util.Optional.empty();
    }
}
