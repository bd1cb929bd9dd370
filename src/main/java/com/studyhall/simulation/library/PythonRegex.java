package com.studyhall.simulation.library;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Translates a Python 3.11 str regular expression (Lib/re/_parser.py's syntax) into a
 * java.util.regex pattern that matches the same strings at the same places. Only constructs whose
 * meaning can be written exactly are accepted; everything else is {@link Unsupported} (refused
 * before the run), and syntax CPython rejects is {@link Unsupported} too, with CPython's message.
 *
 * What makes the two engines differ, and how the translation closes each gap:
 * - Python's \d, \w, \s are Unicode classes (str.isdecimal, str.isalnum plus '_', str.isspace);
 *   Java's are ASCII: they are written as explicit Unicode classes (ASCII ones under re.ASCII).
 * - '.', '^', '$', \A, \Z and \b are written as lookarounds with Python's meaning (Java's treat
 *   \r, \u0085, \u2028 as line ends, its $ and MULTILINE ^ differ at a final newline, its \Z is
 *   Python's $, and its \b has another idea of a word character).
 * - Named groups are numbered groups here (Java rejects names with '_'); the names are kept in
 *   {@link Translation#groupIndex}, and back references become numbered ones.
 * - Every literal character is written as \x{...} unless it is an ASCII letter or digit, so no
 *   Python literal ('{', '&&' in a class, '#') is read as Java syntax.
 */
public final class PythonRegex {
    public static final int IGNORECASE = 2;
    public static final int LOCALE = 4;
    public static final int MULTILINE = 8;
    public static final int DOTALL = 16;
    public static final int UNICODE = 32;
    public static final int VERBOSE = 64;
    public static final int DEBUG = 128;
    public static final int ASCII = 256;
    /** The flag names a program may use (re.I, re.IGNORECASE...), to their values. */
    public static final Map<String, Integer> FLAG_NAMES = Map.ofEntries(
            Map.entry("I", IGNORECASE), Map.entry("IGNORECASE", IGNORECASE), Map.entry("M", MULTILINE),
            Map.entry("MULTILINE", MULTILINE), Map.entry("S", DOTALL), Map.entry("DOTALL", DOTALL),
            Map.entry("X", VERBOSE), Map.entry("VERBOSE", VERBOSE), Map.entry("A", ASCII), Map.entry("ASCII", ASCII),
            Map.entry("U", UNICODE), Map.entry("UNICODE", UNICODE));

    /** A pattern (or template) the lab cannot run exactly; the message says why. */
    public static final class Unsupported extends Exception {
        public Unsupported(String message) {
            super(message);
        }
    }

    /** The Java pattern and what Python's Pattern object reports. */
    public record Translation(String java, int javaFlags, int flags, int groups, Map<String, Integer> groupIndex, int[] parents) { }

    private static final String UNICODE_WORD = "\\p{L}\\p{N}_";
    private static final String ASCII_WORD = "A-Za-z0-9_";
    private static final String UNICODE_SPACE = "\\x{9}-\\x{d}\\x{1c}-\\x{20}\\x{85}\\x{a0}\\x{1680}\\x{2000}-\\x{200a}"
            + "\\x{2028}\\x{2029}\\x{202f}\\x{205f}\\x{3000}";
    private static final String ASCII_SPACE = "\\x{9}-\\x{d}\\x{20}";
    private static final int MAX_REPEAT = 65535;

    private final String src;
    private int pos;
    private int flags;
    private int groups;
    private final Map<String, Integer> names = new LinkedHashMap<>();
    private final Set<Integer> open = new HashSet<>();
    /** The capturing groups being parsed, innermost last, and each group's enclosing group (0: none). */
    private final java.util.ArrayDeque<Integer> openStack = new java.util.ArrayDeque<>();
    private final List<Integer> parentOf = new ArrayList<>(List.of(0));
    private int lookbehindDepth;

    private PythonRegex(String src, int flags) {
        this.src = src;
        this.flags = flags;
    }

    public static Translation translate(String pattern, int flags) throws Unsupported {
        if ((flags & LOCALE) != 0) throw new Unsupported("cannot use LOCALE flag with a str pattern");
        if ((flags & DEBUG) != 0) throw new Unsupported("re.DEBUG prints the compiled code");
        if ((flags & ~(IGNORECASE | MULTILINE | DOTALL | UNICODE | VERBOSE | ASCII)) != 0) throw new Unsupported("flags " + flags);
        PythonRegex p = new PythonRegex(pattern, flags);
        p.readGlobalFlags();
        if ((p.flags & ASCII) != 0 && (p.flags & UNICODE) != 0) throw new Unsupported("ASCII and UNICODE flags are incompatible");
        StringBuilder out = new StringBuilder();
        p.alternation(out, p.flags);
        if (p.pos < pattern.length()) {
            throw new Unsupported(pattern.charAt(p.pos) == ')' ? "unbalanced parenthesis at position " + p.pos
                    : "unexpected character at position " + p.pos);
        }
        int finalFlags = p.flags;
        if ((finalFlags & ASCII) == 0) finalFlags |= UNICODE;
        int javaFlags = 0;
        if ((p.flags & IGNORECASE) != 0) {
            javaFlags = java.util.regex.Pattern.CASE_INSENSITIVE | ((p.flags & ASCII) == 0 ? java.util.regex.Pattern.UNICODE_CASE : 0);
        }
        int[] parents = p.parentOf.stream().mapToInt(Integer::intValue).toArray();
        return new Translation(out.toString(), javaFlags, finalFlags, p.groups,
                java.util.Collections.unmodifiableMap(new LinkedHashMap<>(p.names)), parents);
    }

    /** Python 3.11 takes inline global flags (?imsx) only at the very start. */
    private void readGlobalFlags() throws Unsupported {
        while (src.startsWith("(?", pos) && pos + 2 < src.length() && "aiLmsux".indexOf(src.charAt(pos + 2)) >= 0) {
            int p = pos + 2;
            int add = 0;
            while (p < src.length() && "aiLmsux".indexOf(src.charAt(p)) >= 0) add |= flagOf(src.charAt(p++));
            if (p < src.length() && src.charAt(p) == ')') {
                flags |= add;
                pos = p + 1;
                if ((add & LOCALE) != 0) throw new Unsupported("bad inline flags: cannot use 'L' flag with a str pattern");
            } else {
                return; // a scoped group (?i:...) is read by the group parser
            }
        }
    }

    private static int flagOf(char c) {
        return switch (c) {
            case 'a' -> ASCII;
            case 'i' -> IGNORECASE;
            case 'L' -> LOCALE;
            case 'm' -> MULTILINE;
            case 's' -> DOTALL;
            case 'u' -> UNICODE;
            default -> VERBOSE;
        };
    }

    private boolean more() {
        return pos < src.length();
    }

    private char peek() {
        return src.charAt(pos);
    }

    /** Skips VERBOSE whitespace and comments. */
    private void skipVerbose(int f) {
        if ((f & VERBOSE) == 0) return;
        while (more()) {
            char c = peek();
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0b || c == '\f') pos++;
            else if (c == '#') {
                while (more() && peek() != '\n') pos++;
            } else return;
        }
    }

    /** Min and max width of what was parsed (max -1: unbounded), for look-behind checks. */
    private record Width(long min, long max) {
        Width plus(Width o) {
            return new Width(min + o.min, max < 0 || o.max < 0 ? -1 : max + o.max);
        }
    }

    private Width alternation(StringBuilder out, int f) throws Unsupported {
        Width w = sequence(out, f);
        while (more() && peek() == '|') {
            pos++;
            out.append('|');
            Width b = sequence(out, f);
            w = new Width(Math.min(w.min, b.min), w.max < 0 || b.max < 0 ? -1 : Math.max(w.max, b.max));
        }
        return w;
    }

    private Width sequence(StringBuilder out, int f) throws Unsupported {
        Width total = new Width(0, 0);
        while (true) {
            skipVerbose(f);
            if (!more() || peek() == '|' || peek() == ')') return total;
            int itemStart = out.length();
            Item item = atom(out, f);
            skipVerbose(f);
            Width w = item.width;
            if (more() && isQuantifierStart()) {
                if (!item.repeatable) throw new Unsupported("nothing to repeat at position " + pos);
                w = quantifier(out, itemStart, w, f);
                skipVerbose(f);
                if (more() && isQuantifierStart()) throw new Unsupported("multiple repeat at position " + pos);
            }
            total = total.plus(w);
        }
    }

    private record Item(Width width, boolean repeatable) { }

    private boolean isQuantifierStart() {
        char c = peek();
        if (c == '*' || c == '+' || c == '?') return true;
        return c == '{' && repeatBounds(pos) != null;
    }

    /** {m}, {m,}, {,n}, {m,n}: the bounds and the index after '}', or null when '{' is a literal. */
    private long[] repeatBounds(int at) {
        int p = at + 1;
        int s = p;
        while (p < src.length() && Character.isDigit(src.charAt(p)) && src.charAt(p) < 128) p++;
        String lo = src.substring(s, p);
        String hi = lo;
        if (p < src.length() && src.charAt(p) == ',') {
            p++;
            int t = p;
            while (p < src.length() && Character.isDigit(src.charAt(p)) && src.charAt(p) < 128) p++;
            hi = src.substring(t, p);
        }
        if (p >= src.length() || src.charAt(p) != '}') return null;
        if (lo.isEmpty() && hi.isEmpty() && !src.substring(at, p).contains(",")) return null;
        if (lo.isEmpty() && hi.isEmpty()) return new long[] {0, -1, p + 1};
        if (lo.length() > 9 || hi.length() > 9) return new long[] {Long.MAX_VALUE, Long.MAX_VALUE, p + 1};
        long min = lo.isEmpty() ? 0 : Long.parseLong(lo);
        long max = hi.isEmpty() ? -1 : Long.parseLong(hi);
        return new long[] {min, max, p + 1};
    }

    private Width quantifier(StringBuilder out, int itemStart, Width w, int f) throws Unsupported {
        char c = peek();
        long min;
        long max;
        String java;
        if (c == '{') {
            long[] b = repeatBounds(pos);
            if (b[0] > MAX_REPEAT || b[1] > MAX_REPEAT) throw new Unsupported("a repeat count above " + MAX_REPEAT);
            min = b[0];
            max = b[1];
            if (max >= 0 && max < min) throw new Unsupported("min repeat greater than max repeat at position " + (pos + 1));
            java = "{" + min + "," + (max < 0 ? "" : String.valueOf(max)) + "}";
            pos = (int) b[2];
        } else {
            pos++;
            min = c == '+' ? 1 : 0;
            max = c == '?' ? 1 : -1;
            java = String.valueOf(c);
        }
        if (more() && (peek() == '?' || peek() == '+')) java += src.charAt(pos++);
        // Group the item so the quantifier applies to all of it (a literal may be several Java tokens).
        out.insert(itemStart, "(?:");
        out.append(')').append(java);
        long wmin = w.min * min;
        long wmax = max < 0 || w.max < 0 ? (w.max == 0 ? 0 : -1) : w.max * max;
        return new Width(wmin, wmax);
    }

    private Item atom(StringBuilder out, int f) throws Unsupported {
        char c = peek();
        switch (c) {
            case '(':
                return group(out, f);
            case '[':
                pos++;
                out.append(charClass(f));
                return new Item(new Width(1, 1), true);
            case '.':
                pos++;
                out.append((f & DOTALL) != 0 ? "[\\x{0}-\\x{10ffff}]" : "[^\\n]");
                return new Item(new Width(1, 1), true);
            case '^':
                pos++;
                out.append((f & MULTILINE) != 0 ? "(?<![^\\n])" : "(?<![\\x{0}-\\x{10ffff}])");
                return new Item(new Width(0, 0), false);
            case '$':
                pos++;
                out.append((f & MULTILINE) != 0 ? "(?=\\n|(?![\\x{0}-\\x{10ffff}]))" : "(?=\\n?(?![\\x{0}-\\x{10ffff}]))");
                return new Item(new Width(0, 0), false);
            case '*', '+', '?':
                throw new Unsupported("nothing to repeat at position " + pos);
            case '{':
                if (repeatBounds(pos) != null) throw new Unsupported("nothing to repeat at position " + pos);
                pos++;
                out.append(literal('{'));
                return new Item(new Width(1, 1), true);
            case '\\':
                return escape(out, f);
            default:
                int cp = src.codePointAt(pos);
                pos += Character.charCount(cp);
                out.append(literal(cp));
                return new Item(new Width(1, 1), true);
        }
    }

    private static String literal(int cp) {
        if (cp < 128 && Character.isLetterOrDigit(cp)) return String.valueOf((char) cp);
        return "\\x{" + Integer.toHexString(cp) + "}";
    }

    private static String word(int f) {
        return (f & ASCII) != 0 ? ASCII_WORD : UNICODE_WORD;
    }

    private Item escape(StringBuilder out, int f) throws Unsupported {
        int start = pos;
        pos++;
        if (!more()) throw new Unsupported("bad escape (end of pattern) at position " + start);
        char c = src.charAt(pos++);
        String w = "[" + word(f) + "]";
        switch (c) {
            case 'A' -> out.append("(?<![\\x{0}-\\x{10ffff}])");
            case 'Z' -> out.append("(?![\\x{0}-\\x{10ffff}])");
            case 'b' -> out.append("(?:(?<=" + w + ")(?!" + w + ")|(?<!" + w + ")(?=" + w + "))");
            // sre's \B never matches in an empty string.
            case 'B' -> out.append("(?:(?<=" + w + ")(?=" + w + ")|(?<!" + w + ")(?!" + w
                    + ")(?:(?<=[\\x{0}-\\x{10ffff}])|(?=[\\x{0}-\\x{10ffff}])))");
            default -> {
                String cls = classEscape(c, f);
                if (cls != null) {
                    out.append('[').append(cls).append(']');
                    return new Item(new Width(1, 1), true);
                }
                if (c >= '1' && c <= '9') {
                    pos--;
                    return backReference(out, start);
                }
                pos--;
                int cp = charEscape(start);
                out.append(literal(cp));
                return new Item(new Width(1, 1), true);
            }
        }
        return new Item(new Width(0, 0), false);
    }

    /** \d \D \w \W \s \S as the body of a Java class (null for other letters). */
    private static String classEscape(char c, int f) {
        boolean ascii = (f & ASCII) != 0;
        return switch (c) {
            case 'd' -> ascii ? "0-9" : "\\p{Nd}";
            case 'D' -> ascii ? "^0-9" : "^\\p{Nd}";
            case 'w' -> word(f);
            case 'W' -> "^" + word(f);
            case 's' -> ascii ? ASCII_SPACE : UNICODE_SPACE;
            case 'S' -> "^" + (ascii ? ASCII_SPACE : UNICODE_SPACE);
            default -> null;
        };
    }

    /** A group reference \1..\99 outside a class (or an octal escape). */
    private Item backReference(StringBuilder out, int start) throws Unsupported {
        int p = pos;
        while (p < src.length() && p - pos < 3 && Character.isDigit(src.charAt(p)) && src.charAt(p) < 128) p++;
        String digits = src.substring(pos, p);
        if (digits.length() == 3 && digits.chars().allMatch(d -> d <= '7') && digits.charAt(0) <= '3') {
            pos = p;
            out.append(literal(Integer.parseInt(digits, 8)));
            return new Item(new Width(1, 1), true);
        }
        if (digits.length() == 3) digits = digits.substring(0, 2);
        pos += digits.length();
        return reference(out, Integer.parseInt(digits), start);
    }

    private Item reference(StringBuilder out, int group, int start) throws Unsupported {
        if (group > groups) throw new Unsupported("invalid group reference " + group + " at position " + (start + 1));
        if (open.contains(group)) throw new Unsupported("cannot refer to an open group at position " + start);
        if (lookbehindDepth > 0) throw new Unsupported("a group reference inside a look-behind");
        out.append("(?:\\").append(group).append(")");
        // The width of a group's text is not known here: a reference is never fixed-width.
        return new Item(new Width(0, -1), true);
    }

    /** A character escape (also inside classes): returns the code point, pos after it. */
    private int charEscape(int start) throws Unsupported {
        char c = src.charAt(pos++);
        switch (c) {
            case 'a': return 7;
            case 'f': return '\f';
            case 'n': return '\n';
            case 'r': return '\r';
            case 't': return '\t';
            case 'v': return 0x0b;
            case 'x': return hex(2, start);
            case 'u': return hex(4, start);
            case 'U': {
                int v = hex(8, start);
                if (v > 0x10ffff) throw new Unsupported("bad escape \\U" + src.substring(start + 2, pos) + " at position " + start);
                return v;
            }
            case '0': {
                int v = 0;
                int n = 0;
                while (n < 2 && more() && peek() >= '0' && peek() <= '7') {
                    v = v * 8 + (src.charAt(pos++) - '0');
                    n++;
                }
                return v;
            }
            case 'N':
                throw new Unsupported("\\N{...} named characters");
            default:
                if (c < 128 && Character.isLetterOrDigit(c)) throw new Unsupported("bad escape \\" + c + " at position " + start);
                pos--;
                int cp = src.codePointAt(pos);
                pos += Character.charCount(cp);
                return cp;
        }
    }

    private int hex(int digits, int start) throws Unsupported {
        int end = pos + digits;
        if (end > src.length()) throw new Unsupported("incomplete escape \\" + src.substring(start + 1) + " at position " + start);
        String h = src.substring(pos, end);
        for (char d : h.toCharArray()) {
            if (Character.digit(d, 16) < 0 || d > 127) {
                throw new Unsupported("incomplete escape \\" + src.substring(start + 1, pos) + " at position " + start);
            }
        }
        pos = end;
        return (int) Long.parseLong(h, 16);
    }

    /** [...] in Python's syntax (no nesting, no set operations) as a Java class. */
    private String charClass(int f) throws Unsupported {
        int start = pos - 1;
        StringBuilder cls = new StringBuilder("[");
        boolean negated = false;
        if (more() && peek() == '^') {
            negated = true;
            pos++;
        }
        boolean first = true;
        boolean any = false;
        while (true) {
            if (!more()) throw new Unsupported("unterminated character set at position " + start);
            char c = peek();
            if (c == ']' && !first) {
                pos++;
                break;
            }
            first = false;
            int itemStart = pos;
            int lo;
            if (c == '\\') {
                pos++;
                if (!more()) throw new Unsupported("unterminated character set at position " + start);
                char e = peek();
                String named = classEscape(e, f);
                if (named != null) {
                    pos++;
                    cls.append('[').append(named).append(']');
                    any = true;
                    continue;
                }
                if (e == 'b') {
                    pos++;
                    lo = 8;
                } else if (e >= '1' && e <= '9') {
                    throw new Unsupported("bad escape \\" + e + " at position " + itemStart);
                } else {
                    lo = charEscape(itemStart);
                }
            } else {
                lo = src.codePointAt(pos);
                pos += Character.charCount(lo);
            }
            if (more() && peek() == '-' && pos + 1 < src.length() && src.charAt(pos + 1) != ']') {
                pos++;
                int hiStart = pos;
                int hi;
                if (peek() == '\\') {
                    pos++;
                    if (!more()) throw new Unsupported("unterminated character set at position " + start);
                    char e = peek();
                    if (classEscape(e, f) != null) throw new Unsupported("bad character range " + src.substring(itemStart, pos + 1) + " at position " + itemStart);
                    if (e == 'b') {
                        pos++;
                        hi = 8;
                    } else {
                        hi = charEscape(hiStart);
                    }
                } else {
                    hi = src.codePointAt(pos);
                    pos += Character.charCount(hi);
                }
                if (hi < lo) throw new Unsupported("bad character range " + src.substring(itemStart, pos) + " at position " + itemStart);
                cls.append(literalInClass(lo)).append('-').append(literalInClass(hi));
            } else {
                cls.append(literalInClass(lo));
            }
            any = true;
        }
        if (!any) throw new Unsupported("unterminated character set at position " + start);
        cls.append(']');
        // A negated class as "not the class, then any character": Java's [^...] with nested classes is easy to misread.
        return negated ? "(?:(?!" + cls + ")[\\x{0}-\\x{10ffff}])" : cls.toString();
    }

    private static String literalInClass(int cp) {
        return "\\x{" + Integer.toHexString(cp) + "}";
    }

    private Item group(StringBuilder out, int f) throws Unsupported {
        int start = pos;
        pos++;
        if (src.startsWith("?", pos)) {
            pos++;
            if (!more()) throw new Unsupported("unexpected end of pattern");
            char c = src.charAt(pos++);
            switch (c) {
                case ':':
                    return wrapped(out, "(?:", f, false);
                case '>':
                    return wrapped(out, "(?>", f, false);
                case '=':
                    return wrapped(out, "(?=", f, true);
                case '!':
                    return wrapped(out, "(?!", f, true);
                case '#': {
                    int end = src.indexOf(')', pos);
                    if (end < 0) throw new Unsupported("missing ), unterminated comment at position " + start);
                    pos = end + 1;
                    return new Item(new Width(0, 0), false);
                }
                case '<': {
                    if (more() && (peek() == '=' || peek() == '!')) {
                        char kind = src.charAt(pos++);
                        StringBuilder body = new StringBuilder();
                        lookbehindDepth++;
                        Width w = alternation(body, f);
                        lookbehindDepth--;
                        close(start);
                        if (w.max < 0 || w.min != w.max) throw new Unsupported("look-behind requires fixed-width pattern");
                        out.append("(?<").append(kind).append(body).append(')');
                        return new Item(new Width(0, 0), false);
                    }
                    throw new Unsupported("unknown extension ?<" + (more() ? String.valueOf(peek()) : "") + " at position " + (start + 1));
                }
                case 'P': {
                    if (more() && peek() == '<') {
                        pos++;
                        String name = groupName('>');
                        if (names.containsKey(name)) throw new Unsupported("redefinition of group name '" + name + "' as " + (groups + 1)
                                + "; was group " + names.get(name) + " at position " + (start + 4));
                        int index = ++groups;
                        names.put(name, index);
                        return capture(out, index, f);
                    }
                    if (more() && peek() == '=') {
                        pos++;
                        String name = groupName(')');
                        Integer index = names.get(name);
                        if (index == null) throw new Unsupported("unknown group name '" + name + "' at position " + (start + 4));
                        return reference(out, index, start);
                    }
                    throw new Unsupported("unknown extension ?P" + (more() ? String.valueOf(peek()) : "") + " at position " + (start + 1));
                }
                case '(':
                    throw new Unsupported("conditional groups (?(...)yes|no)");
                default:
                    pos--;
                    return scopedFlags(out, f, start);
            }
        }
        int index = ++groups;
        return capture(out, index, f);
    }

    private Item capture(StringBuilder out, int index, int f) throws Unsupported {
        parentOf.add(openStack.isEmpty() ? 0 : openStack.peekLast());
        openStack.addLast(index);
        open.add(index);
        out.append('(');
        Width w = alternation(out, f);
        close(pos);
        out.append(')');
        open.remove(index);
        openStack.removeLast();
        return new Item(w, true);
    }

    private Item wrapped(StringBuilder out, String opener, int f, boolean assertion) throws Unsupported {
        int start = pos;
        out.append(opener);
        Width w = alternation(out, f);
        close(start);
        out.append(')');
        return assertion ? new Item(new Width(0, 0), false) : new Item(w, true);
    }

    private void close(int start) throws Unsupported {
        if (!more() || peek() != ')') throw new Unsupported("missing ), unterminated subpattern at position " + start);
        pos++;
    }

    /** A group name up to its terminator ('>', or ')' for (?P=name)); Python requires an identifier. */
    private String groupName(char terminator) throws Unsupported {
        int s = pos;
        while (more() && peek() != terminator) pos++;
        String name = src.substring(s, pos);
        if (!more()) throw new Unsupported("missing " + terminator + ", unterminated name at position " + s);
        if (name.isEmpty()) throw new Unsupported("missing group name at position " + s);
        if (!isIdentifier(name)) throw new Unsupported("bad character in group name '" + name + "' at position " + s);
        pos++;
        return name;
    }

    private static boolean isIdentifier(String s) {
        if (!Character.isUnicodeIdentifierStart(s.codePointAt(0)) && s.charAt(0) != '_') return false;
        return s.codePoints().skip(1).allMatch(cp -> Character.isUnicodeIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp));
    }

    /** (?aiLmsux-imsx:...): flags for the group's body only. */
    private Item scopedFlags(StringBuilder out, int f, int start) throws Unsupported {
        int add = 0;
        int remove = 0;
        while (more() && "aiLmsux".indexOf(peek()) >= 0) add |= flagOf(src.charAt(pos++));
        if (more() && peek() == '-') {
            pos++;
            while (more() && "imsx".indexOf(peek()) >= 0) remove |= flagOf(src.charAt(pos++));
            if (remove == 0) throw new Unsupported("missing flag at position " + pos);
        }
        if (!more()) throw new Unsupported("missing -, : or ) at position " + pos);
        if (peek() == ')') throw new Unsupported("global flags not at the start of the expression at position " + start);
        if (peek() != ':') throw new Unsupported("unknown flag at position " + pos);
        pos++;
        if (((add | remove) & (ASCII | UNICODE | LOCALE)) != 0) throw new Unsupported("scoped a/u/L flags");
        int inner = (f | add) & ~remove;
        String opener;
        boolean caseOn = (inner & IGNORECASE) != 0;
        boolean wasOn = (f & IGNORECASE) != 0;
        if (caseOn == wasOn) opener = "(?:";
        else if (caseOn) opener = (inner & ASCII) != 0 ? "(?i:" : "(?iu:";
        else opener = "(?-iu:";
        out.append(opener);
        Width w = alternation(out, inner);
        close(start);
        out.append(')');
        return new Item(w, true);
    }

    // ---- replacement templates (re._parser.parse_template) ----

    /** A piece of a sub() template: literal text, or a group's text (group >= 0). */
    public record TemplatePart(String text, int group) { }

    public static List<TemplatePart> template(String repl, int groups, Map<String, Integer> groupIndex) throws Unsupported {
        List<TemplatePart> parts = new ArrayList<>();
        StringBuilder lit = new StringBuilder();
        int i = 0;
        while (i < repl.length()) {
            char c = repl.charAt(i);
            if (c != '\\') {
                lit.append(c);
                i++;
                continue;
            }
            int start = i;
            i++;
            if (i >= repl.length()) throw new Unsupported("bad escape (end of pattern) at position " + start);
            char e = repl.charAt(i++);
            int group = -1;
            if (e == 'g') {
                if (i >= repl.length() || repl.charAt(i) != '<') throw new Unsupported("missing < at position " + i);
                int close = repl.indexOf('>', i + 1);
                if (close < 0) throw new Unsupported("missing >, unterminated name at position " + (i + 1));
                String name = repl.substring(i + 1, close);
                if (name.isEmpty()) throw new Unsupported("missing group name at position " + (i + 1));
                if (name.chars().allMatch(d -> d >= '0' && d <= '9')) {
                    if (name.length() > 9) throw new Unsupported("invalid group reference " + name + " at position " + (i + 1));
                    group = Integer.parseInt(name);
                    if (group > groups) throw new Unsupported("invalid group reference " + group + " at position " + (i + 1));
                } else {
                    if (!isIdentifier(name)) throw new Unsupported("bad character in group name '" + name + "' at position " + (i + 1));
                    Integer g = groupIndex.get(name);
                    if (g == null) throw new Unsupported("unknown group name '" + name + "'");
                    group = g;
                }
                i = close + 1;
            } else if (e == '0') {
                int v = 0;
                int n = 0;
                while (n < 2 && i < repl.length() && repl.charAt(i) >= '0' && repl.charAt(i) <= '7') {
                    v = v * 8 + (repl.charAt(i++) - '0');
                    n++;
                }
                lit.append((char) v);
                continue;
            } else if (e >= '1' && e <= '9') {
                int j = i;
                if (j < repl.length() && Character.isDigit(repl.charAt(j)) && repl.charAt(j) < 128) j++;
                boolean octal = j < repl.length() && j == i + 1 && e <= '7' && repl.charAt(i) <= '7'
                        && repl.charAt(j) >= '0' && repl.charAt(j) <= '7';
                if (octal) {
                    int v = Integer.parseInt(repl.substring(i - 1, j + 1), 8);
                    if (v > 0377) throw new Unsupported("octal escape value \\" + repl.substring(i - 1, j + 1)
                            + " outside of range 0-0o377 at position " + start);
                    lit.append((char) v);
                    i = j + 1;
                    continue;
                }
                group = Integer.parseInt(repl.substring(i - 1, j));
                if (group > groups) throw new Unsupported("invalid group reference " + group + " at position " + (start + 1));
                i = j;
            } else {
                String simple = switch (e) {
                    case 'a' -> "\u0007";
                    case 'b' -> "\b";
                    case 'f' -> "\f";
                    case 'n' -> "\n";
                    case 'r' -> "\r";
                    case 't' -> "\t";
                    case 'v' -> "\u000b";
                    case '\\' -> "\\";
                    default -> null;
                };
                if (simple != null) {
                    lit.append(simple);
                    continue;
                }
                if (e < 128 && Character.isLetter(e)) throw new Unsupported("bad escape \\" + e + " at position " + start);
                lit.append('\\').append(e);
                continue;
            }
            if (lit.length() > 0) {
                parts.add(new TemplatePart(lit.toString(), -1));
                lit.setLength(0);
            }
            parts.add(new TemplatePart(null, group));
        }
        if (lit.length() > 0) parts.add(new TemplatePart(lit.toString(), -1));
        return parts;
    }

    /** re.escape: a backslash before each of Python's special characters. */
    public static String escape(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ("()[]{}?*+-|^$\\.&~# \t\n\r\u000b\f".indexOf(c) >= 0) out.append('\\');
            out.append(c);
        }
        return out.toString();
    }
}
