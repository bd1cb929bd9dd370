package com.studyhall.simulation.runtime;

import com.studyhall.simulation.library.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * TextWrapper's algorithm (Lib/textwrap.py): the text is split into chunks (whitespace runs and
 * words, hyphenated words split after their hyphens), then lines are filled chunk by chunk, a word
 * longer than a line broken, and max_lines ends the text with the placeholder.
 */
final class TextWrapping {
    /** TextWrapper's settings (fix_sentence_endings is refused by the checker). */
    record Settings(int width, String initialIndent, String subsequentIndent, boolean expandTabs,
            boolean replaceWhitespace, boolean breakLongWords, boolean dropWhitespace, boolean breakOnHyphens,
            int tabsize, Integer maxLines, String placeholder) {
    }

    private static final String WS = "[\\t\\n\\x0b\\x0c\\r ]";
    private static final String WORD_PUNCT = "[\\w!\"'&.,?]";
    private static final String LETTER = "[^\\d\\W]";
    /** textwrap's wordsep_re, with \w as Python's (Unicode) and \Z as Java's \z. */
    private static final Pattern WORDSEP = Pattern.compile("(" + WS + "+"
            + "|(?<=" + WORD_PUNCT + ")-{2,}(?=\\w)"
            + "|[^\\t\\n\\x0b\\x0c\\r ]+?(?:-(?:(?<=" + LETTER + "{2}-)|(?<=" + LETTER + "-" + LETTER + "-))(?=" + LETTER + "-?" + LETTER + ")"
            + "|(?=" + WS + "|\\z)"
            + "|(?<=" + WORD_PUNCT + ")(?=-{2,}\\w)))", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern WORDSEP_SIMPLE = Pattern.compile("(" + WS + "+)");

    private final Settings s;

    TextWrapping(Settings settings) {
        this.s = settings;
    }

    List<String> wrap(String text) {
        return wrapChunks(chunks(munge(text)));
    }

    private String munge(String text) {
        if (s.expandTabs()) text = Text.expandtabs(text, s.tabsize());
        if (s.replaceWhitespace()) text = text.replaceAll(WS, " ");
        return text;
    }

    /** re.split with the pattern's one group: the text between matches and the matches, empty pieces dropped. */
    static List<String> chunks(String text, Pattern p) {
        List<String> chunks = new ArrayList<>();
        Matcher m = p.matcher(text);
        int last = 0;
        while (m.find()) {
            if (m.end() == m.start()) continue;
            if (m.start() > last) chunks.add(text.substring(last, m.start()));
            chunks.add(m.group());
            last = m.end();
        }
        if (last < text.length()) chunks.add(text.substring(last));
        return chunks;
    }

    private List<String> chunks(String text) {
        return chunks(text, s.breakOnHyphens() ? WORDSEP : WORDSEP_SIMPLE);
    }

    static boolean blank(String chunk) {
        return Text.strip(chunk, null, true, true).isEmpty();
    }

    private List<String> wrapChunks(List<String> chunks) {
        List<String> lines = new ArrayList<>();
        if (s.width() <= 0) throw new com.studyhall.simulation.heap.PyRaise("ValueError", "invalid width " + s.width() + " (must be > 0)");
        if (s.maxLines() != null) {
            String indent = s.maxLines() > 1 ? s.subsequentIndent() : s.initialIndent();
            if (indent.length() + Text.strip(s.placeholder(), null, true, false).length() > s.width()) {
                throw new com.studyhall.simulation.heap.PyRaise("ValueError", "placeholder too large for max width");
            }
        }
        List<String> rest = new ArrayList<>(chunks);
        java.util.Collections.reverse(rest);
        while (!rest.isEmpty()) {
            List<String> line = new ArrayList<>();
            String indent = lines.isEmpty() ? s.initialIndent() : s.subsequentIndent();
            int width = s.width() - indent.length();
            if (s.dropWhitespace() && blank(last(rest)) && !lines.isEmpty()) rest.remove(rest.size() - 1);
            int len = 0;
            while (!rest.isEmpty() && len + last(rest).length() <= width) {
                len += last(rest).length();
                line.add(rest.remove(rest.size() - 1));
            }
            if (!rest.isEmpty() && last(rest).length() > width) {
                handleLongWord(rest, line, len, width);
                len = line.stream().mapToInt(String::length).sum();
            }
            if (s.dropWhitespace() && !line.isEmpty() && blank(last(line))) {
                len -= last(line).length();
                line.remove(line.size() - 1);
            }
            if (line.isEmpty()) continue;
            boolean lastChunksBlank = rest.isEmpty() || (s.dropWhitespace() && rest.size() == 1 && blank(rest.get(0)));
            if (s.maxLines() == null || lines.size() + 1 < s.maxLines() || (lastChunksBlank && len <= width)) {
                lines.add(indent + String.join("", line));
            } else {
                endWithPlaceholder(lines, line, len, width, indent);
                break;
            }
        }
        return lines;
    }

    /** The last line max_lines allows: words dropped from its end until the placeholder fits. */
    private void endWithPlaceholder(List<String> lines, List<String> line, int len, int width, String indent) {
        while (!line.isEmpty()) {
            if (!blank(last(line)) && len + s.placeholder().length() <= width) {
                line.add(s.placeholder());
                lines.add(indent + String.join("", line));
                return;
            }
            len -= last(line).length();
            line.remove(line.size() - 1);
        }
        if (!lines.isEmpty()) {
            String prev = Text.strip(last(lines), null, false, true);
            if (prev.length() + s.placeholder().length() <= s.width()) {
                lines.set(lines.size() - 1, prev + s.placeholder());
                return;
            }
        }
        lines.add(indent + Text.strip(s.placeholder(), null, true, false));
    }

    private void handleLongWord(List<String> rest, List<String> line, int len, int width) {
        int spaceLeft = width < 1 ? 1 : width - len;
        if (s.breakLongWords()) {
            String chunk = last(rest);
            int end = Math.min(spaceLeft, chunk.length());
            if (s.breakOnHyphens() && chunk.length() > spaceLeft) {
                int hyphen = chunk.lastIndexOf('-', spaceLeft - 1);
                if (hyphen > 0 && !chunk.substring(0, hyphen).chars().allMatch(c -> c == '-')) end = hyphen + 1;
            }
            line.add(chunk.substring(0, end));
            rest.set(rest.size() - 1, chunk.substring(end));
        } else if (line.isEmpty()) {
            line.add(rest.remove(rest.size() - 1));
        }
    }

    private static String last(List<String> l) {
        return l.get(l.size() - 1);
    }
}
