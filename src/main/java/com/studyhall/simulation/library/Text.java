package com.studyhall.simulation.library;

import com.studyhall.simulation.heap.PyRaise;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The algorithms of CPython's str methods ({@code unicodeobject.c}, {@code stringlib/}) on Java
 * strings: Python's whitespace set, slice-style start/end arguments, maxsplit counting and the
 * exact padding of {@code center}.
 */
public final class Text {
    private Text() { }

    /** str.isspace for one character: bidirectional WS/B/S or category Zs, as Python decides. */
    public static boolean isSpace(int c) {
        return (c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x20) || c == 0x85 || c == 0xa0 || c == 0x1680
                || (c >= 0x2000 && c <= 0x200a) || c == 0x2028 || c == 0x2029 || c == 0x202f || c == 0x205f || c == 0x3000;
    }

    /** strip/lstrip/rstrip: whitespace when {@code chars} is null, else any of its characters. */
    public static String strip(String s, String chars, boolean left, boolean right) {
        int i = 0;
        int j = s.length();
        if (left) while (i < j && stripped(s.charAt(i), chars)) i++;
        if (right) while (j > i && stripped(s.charAt(j - 1), chars)) j--;
        return s.substring(i, j);
    }

    private static boolean stripped(char c, String chars) {
        return chars == null ? isSpace(c) : chars.indexOf(c) >= 0;
    }

    /** Start and end arguments adjusted as a slice's are (ADJUST_INDICES): {start, end}. */
    public static int[] bounds(int length, Integer start, Integer end) {
        int s = start == null ? 0 : start;
        int e = end == null ? length : end;
        if (e > length) e = length;
        else if (e < 0) e = Math.max(0, e + length);
        if (s < 0) s = Math.max(0, s + length);
        return new int[] {s, e};
    }

    public static int find(String s, String sub, Integer start, Integer end) {
        int[] b = bounds(s.length(), start, end);
        if (b[0] > s.length() || b[1] - b[0] < sub.length()) return -1;
        int i = s.substring(0, b[1]).indexOf(sub, b[0]);
        return i;
    }

    public static int rfind(String s, String sub, Integer start, Integer end) {
        int[] b = bounds(s.length(), start, end);
        if (b[0] > s.length() || b[1] - b[0] < sub.length()) return -1;
        int i = s.substring(0, b[1]).lastIndexOf(sub);
        return i >= b[0] ? i : -1;
    }

    public static int count(String s, String sub, Integer start, Integer end) {
        int[] b = bounds(s.length(), start, end);
        if (b[0] > s.length() || b[1] < b[0]) return 0;
        if (sub.isEmpty()) return b[1] - b[0] + 1;
        String window = s.substring(b[0], b[1]);
        int n = 0;
        for (int i = window.indexOf(sub); i >= 0; i = window.indexOf(sub, i + sub.length())) n++;
        return n;
    }

    /** str.startswith/endswith with one prefix and slice bounds. */
    public static boolean startsWith(String s, String prefix, Integer start, Integer end, boolean atEnd) {
        int[] b = bounds(s.length(), start, end);
        if (b[0] > s.length()) return false;
        if (b[1] - b[0] < prefix.length()) return false;
        return atEnd ? s.startsWith(prefix, b[1] - prefix.length()) : s.startsWith(prefix, b[0]);
    }

    /** str.replace: at most {@code count} replacements (negative: all); an empty old inserts between characters. */
    public static String replace(String s, String old, String with, int count) {
        int limit = count < 0 ? Integer.MAX_VALUE : count;
        StringBuilder b = new StringBuilder();
        int done = 0;
        if (old.isEmpty()) {
            for (int i = 0; i <= s.length(); i++) {
                if (done < limit) {
                    b.append(with);
                    done++;
                }
                if (i < s.length()) b.append(s.charAt(i));
            }
            return b.toString();
        }
        int from = 0;
        for (int i = s.indexOf(old); i >= 0 && done < limit; i = s.indexOf(old, from)) {
            b.append(s, from, i).append(with);
            from = i + old.length();
            done++;
        }
        return b.append(s.substring(from)).toString();
    }

    /** str.split: on runs of whitespace when {@code sep} is null; {@code maxsplit} < 0 means no limit. */
    public static List<String> split(String s, String sep, int maxsplit) {
        int limit = maxsplit < 0 ? Integer.MAX_VALUE : maxsplit;
        List<String> out = new ArrayList<>();
        if (sep == null) {
            int i = 0;
            int n = s.length();
            while (true) {
                while (i < n && isSpace(s.charAt(i))) i++;
                if (i == n) break;
                if (out.size() == limit) {
                    out.add(s.substring(i));
                    break;
                }
                int j = i;
                while (j < n && !isSpace(s.charAt(j))) j++;
                out.add(s.substring(i, j));
                i = j;
            }
            return out;
        }
        if (sep.isEmpty()) throw new PyRaise("ValueError", "empty separator");
        int from = 0;
        for (int i = s.indexOf(sep); i >= 0 && out.size() < limit; i = s.indexOf(sep, from)) {
            out.add(s.substring(from, i));
            from = i + sep.length();
        }
        out.add(s.substring(from));
        return out;
    }

    /** str.rsplit: split from the right, the result still in left-to-right order. */
    public static List<String> rsplit(String s, String sep, int maxsplit) {
        int limit = maxsplit < 0 ? Integer.MAX_VALUE : maxsplit;
        List<String> out = new ArrayList<>();
        if (sep == null) {
            int j = s.length();
            while (true) {
                while (j > 0 && isSpace(s.charAt(j - 1))) j--;
                if (j == 0) break;
                if (out.size() == limit) {
                    out.add(0, s.substring(0, j));
                    break;
                }
                int i = j;
                while (i > 0 && !isSpace(s.charAt(i - 1))) i--;
                out.add(0, s.substring(i, j));
                j = i;
            }
            return out;
        }
        if (sep.isEmpty()) throw new PyRaise("ValueError", "empty separator");
        int to = s.length();
        while (out.size() < limit) {
            int i = s.lastIndexOf(sep, to - sep.length());
            if (i < 0) break;
            out.add(0, s.substring(i + sep.length(), to));
            to = i;
        }
        out.add(0, s.substring(0, to));
        return out;
    }

    private static boolean lineBreak(char c) {
        return c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || c == 0x1c || c == 0x1d || c == 0x1e || c == 0x85
                || c == 0x2028 || c == 0x2029;
    }

    /** str.splitlines: every Unicode line boundary; \r\n counts as one. */
    public static List<String> splitlines(String s, boolean keepends) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            int j = i;
            while (j < n && !lineBreak(s.charAt(j))) j++;
            int eol = j;
            if (j < n) {
                eol = (s.charAt(j) == '\r' && j + 1 < n && s.charAt(j + 1) == '\n') ? j + 2 : j + 1;
            }
            out.add(s.substring(i, keepends ? eol : j));
            i = eol;
        }
        return out;
    }

    /** {head, separator, tail}, or the whole string and two empties when absent (from the right for rpartition). */
    public static String[] partition(String s, String sep, boolean fromRight) {
        if (sep.isEmpty()) throw new PyRaise("ValueError", "empty separator");
        int i = fromRight ? s.lastIndexOf(sep) : s.indexOf(sep);
        if (i < 0) return fromRight ? new String[] {"", "", s} : new String[] {s, "", ""};
        return new String[] {s.substring(0, i), sep, s.substring(i + sep.length())};
    }

    public static String upper(String s) {
        return s.toUpperCase(Locale.ROOT);
    }

    public static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    /** str.casefold: full case folding, approximated as lower(upper(s)) so that "ß" folds to "ss". */
    public static String casefold(String s) {
        return lower(upper(s));
    }

    private static boolean cased(char c) {
        return Character.isUpperCase(c) || Character.isLowerCase(c) || Character.isTitleCase(c);
    }

    /** str.title: a cased character after an uncased one starts a word ("they're" gives "They'Re"). */
    public static String title(String s) {
        StringBuilder b = new StringBuilder();
        boolean previousCased = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (previousCased) b.append(lower(String.valueOf(c)));
            else b.append(Character.toTitleCase(c));
            previousCased = cased(c);
        }
        return b.toString();
    }

    /** str.capitalize (3.8+): the first character in title case, the rest lower case. */
    public static String capitalize(String s) {
        if (s.isEmpty()) return s;
        return Character.toTitleCase(s.charAt(0)) + lower(s.substring(1));
    }

    public static String swapcase(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            String c = String.valueOf(s.charAt(i));
            if (Character.isUpperCase(s.charAt(i))) b.append(lower(c));
            else if (Character.isLowerCase(s.charAt(i))) b.append(upper(c));
            else b.append(c);
        }
        return b.toString();
    }

    /** str.center: of an odd margin, the extra character goes left only when the width is odd too. */
    /** str/bytes center, ljust or rjust by method name. */
    public static String pad(String method, String s, int width, char fill) {
        return method.equals("center") ? center(s, width, fill) : method.equals("ljust") ? ljust(s, width, fill) : rjust(s, width, fill);
    }

    /** The length Python sees: characters (code points), not UTF-16 units. */
    private static int chars(String s) {
        return s.codePointCount(0, s.length());
    }

    public static String center(String s, int width, char fill) {
        int marg = width - chars(s);
        if (marg <= 0) return s;
        int left = marg / 2 + (marg & width & 1);
        return String.valueOf(fill).repeat(left) + s + String.valueOf(fill).repeat(marg - left);
    }

    public static String ljust(String s, int width, char fill) {
        return chars(s) >= width ? s : s + String.valueOf(fill).repeat(width - chars(s));
    }

    public static String rjust(String s, int width, char fill) {
        return chars(s) >= width ? s : String.valueOf(fill).repeat(width - chars(s)) + s;
    }

    /** str.zfill: zeros go after a leading sign. */
    public static String zfill(String s, int width) {
        if (chars(s) >= width) return s;
        String zeros = "0".repeat(width - chars(s));
        if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) return s.charAt(0) + zeros + s.substring(1);
        return zeros + s;
    }

    public static String expandtabs(String s, int tabsize) {
        StringBuilder b = new StringBuilder();
        int column = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\t') {
                if (tabsize > 0) {
                    int spaces = tabsize - column % tabsize;
                    b.append(" ".repeat(spaces));
                    column += spaces;
                }
            } else {
                b.append(c);
                column = (c == '\n' || c == '\r') ? 0 : column + 1;
            }
        }
        return b.toString();
    }

    public static boolean isDecimal(char c) {
        return Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER;
    }

    public static boolean isDigit(char c) {
        int v = Character.getNumericValue(c);
        return isDecimal(c) || (Character.getType(c) == Character.OTHER_NUMBER && v >= 0 && v <= 9);
    }

    public static boolean isNumeric(char c) {
        int t = Character.getType(c);
        return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER;
    }

    /** The str.isX predicates by name: true when every character passes and there is at least one. */
    public static boolean is(String predicate, String s) {
        switch (predicate) {
            case "isupper": case "islower": return caseOnly(s, predicate.equals("isupper"));
            case "istitle": return isTitle(s);
            case "isascii": return s.chars().allMatch(c -> c < 128);
            case "isidentifier": return !s.isEmpty() && (s.charAt(0) == '_' || Character.isUnicodeIdentifierStart(s.charAt(0)))
                    && s.chars().allMatch(c -> c == '_' || (Character.isUnicodeIdentifierPart(c) && !Character.isIdentifierIgnorable(c)));
            case "isprintable": return s.chars().allMatch(c -> c == ' ' || (!isSpace(c) && !Character.isISOControl(c)
                    && Character.getType(c) != Character.FORMAT && Character.getType(c) != Character.UNASSIGNED
                    && Character.getType(c) != Character.SURROGATE && Character.getType(c) != Character.PRIVATE_USE));
            default: break;
        }
        if (s.isEmpty()) return false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = switch (predicate) {
                case "isdigit" -> isDigit(c);
                case "isdecimal" -> isDecimal(c);
                case "isnumeric" -> isNumeric(c);
                case "isalpha" -> Character.isLetter(c);
                case "isalnum" -> Character.isLetter(c) || isNumeric(c);
                case "isspace" -> isSpace(c);
                default -> throw new IllegalArgumentException(predicate);
            };
            if (!ok) return false;
        }
        return true;
    }

    private static boolean caseOnly(String s, boolean upper) {
        boolean sawCased = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isTitleCase(c) || (upper ? Character.isLowerCase(c) : Character.isUpperCase(c))) return false;
            if (upper ? Character.isUpperCase(c) : Character.isLowerCase(c)) sawCased = true;
        }
        return sawCased;
    }

    private static boolean isTitle(String s) {
        boolean sawCased = false;
        boolean previousCased = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
                if (previousCased) return false;
                previousCased = true;
                sawCased = true;
            } else if (Character.isLowerCase(c)) {
                if (!previousCased) return false;
                previousCased = true;
                sawCased = true;
            } else {
                previousCased = false;
            }
        }
        return sawCased;
    }
}
