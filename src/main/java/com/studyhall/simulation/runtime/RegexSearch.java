package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import com.studyhall.simulation.library.PythonRegex;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * What sre does with a compiled pattern: the compile cache, one search or match at a position, and
 * the loops of findall, finditer, sub and split, where a search that follows an empty match must
 * advance (3.7+'s rule: an empty match may follow a non-empty one, but not sit where the last
 * search started).
 */
final class RegexSearch {
    /** How the pattern must sit in the subject: anywhere after pos, at pos, or over all of pos..endpos. */
    enum Mode { SEARCH, MATCH, FULLMATCH }

    private final Interpreter in;
    private final Heap heap;
    private final Values v;
    /** re._cache: (pattern text, flags) to the compiled pattern, which the cache holds. */
    private final Map<String, PyRegexPattern> cache = new LinkedHashMap<>();

    RegexSearch(Interpreter in) {
        this.in = in;
        this.heap = in.heap;
        this.v = in.values;
    }

    /** re._compile: the cached pattern for (pattern, flags), or a new one the cache keeps (new reference). */
    PyRegexPattern compile(PyObject pattern, int flags) {
        if (pattern instanceof PyRegexPattern p) {
            if (flags != 0) throw new PyRaise("ValueError", "cannot process flags argument with a compiled pattern");
            return (PyRegexPattern) heap.newRef(p);
        }
        if (!(pattern instanceof PyStr s)) {
            if (pattern instanceof PyBytes) throw new StopRun("SimulationError", "bytes patterns are not supported in the memory lab");
            throw new PyRaise("TypeError", "first argument must be string or compiled pattern");
        }
        String key = flags + ":" + s.value;
        PyRegexPattern cached = cache.get(key);
        if (cached != null) return (PyRegexPattern) heap.newRef(cached);
        PythonRegex.Translation t;
        try {
            t = PythonRegex.translate(s.value, flags);
        } catch (PythonRegex.Unsupported e) {
            // The checker translated every pattern the program can pass; this is a guard, not a path.
            throw new StopRun("SimulationError", "the pattern " + Reprs.strRepr(s.value) + " is not supported: " + e.getMessage());
        }
        java.util.regex.Pattern compiled = java.util.regex.Pattern.compile(t.java(), t.javaFlags());
        java.util.regex.Pattern advancing = java.util.regex.Pattern.compile("(?:" + t.java() + ")(?!\\A)", t.javaFlags());
        PyRegexPattern p = heap.alloc(new PyRegexPattern(heap.newRef(s), compiled, advancing, t.flags(), t.groups(),
                t.groupIndex(), t.parents()));
        // The cache's reference to the pattern, and its key tuple's reference to the pattern string.
        heap.incref(p);
        in.builtinImpl.hold(p);
        heap.incref(s);
        in.builtinImpl.hold(s);
        cache.put(key, p);
        return p;
    }

    static String subject(PyObject string) {
        if (string instanceof PyStr s) return s.value;
        if (string instanceof PyBytes || string instanceof PyBytearray) {
            throw new PyRaise("TypeError", "cannot use a string pattern on a bytes-like object");
        }
        throw new PyRaise("TypeError", "expected string or bytes-like object, got '" + string.typeName() + "'");
    }

    /** The group marks of the first match from start, or null. */
    int[] find(PyRegexPattern p, String s, int start, int endpos, boolean mustAdvance, Mode mode) {
        in.checkDeadline();
        String text = endpos < s.length() ? s.substring(0, endpos) : s;
        if (start > text.length()) return null;
        Matcher m = (mustAdvance ? p.advancing : p.compiled).matcher(new TimedText(text, in));
        m.useTransparentBounds(true);
        m.useAnchoringBounds(true);
        m.region(start, text.length());
        boolean found = switch (mode) {
            case SEARCH -> m.find();
            case MATCH -> m.lookingAt();
            case FULLMATCH -> m.matches();
        };
        if (!found) return null;
        int[] marks = new int[2 * (p.groups + 1)];
        for (int g = 0; g <= p.groups; g++) {
            marks[2 * g] = m.start(g);
            marks[2 * g + 1] = m.end(g);
        }
        return marks;
    }

    /**
     * sre's lastindex: the group that closed last. Among the groups that took part, those ending
     * furthest; of those an enclosing group closes after the groups inside it, and of unrelated
     * groups the later one in the pattern.
     */
    static int lastIndex(PyRegexPattern p, int[] marks) {
        int best = -1;
        for (int g = 1; g <= p.groups; g++) {
            if (marks[2 * g] < 0) continue;
            if (best < 0 || marks[2 * g + 1] > marks[2 * best + 1]) {
                best = g;
            } else if (marks[2 * g + 1] == marks[2 * best + 1] && !encloses(p, g, best)) {
                if (!encloses(p, best, g)) best = g;
            }
        }
        return best;
    }

    private static boolean encloses(PyRegexPattern p, int outer, int inner) {
        for (int g = p.parents[inner]; g > 0; g = p.parents[g]) if (g == outer) return true;
        return false;
    }

    /** A new match object for the marks (it holds the string and the pattern). */
    PyRegexMatch match(PyRegexPattern p, PyObject string, int[] marks, int pos, int endpos) {
        return heap.alloc(new PyRegexMatch(heap.newRef(string), (PyRegexPattern) heap.newRef(p), marks, pos, endpos, lastIndex(p, marks)));
    }

    /** string[start:end] as CPython's getslice: the string itself when it is all of it. */
    PyObject slice(PyObject string, int start, int end) {
        String s = ((PyStr) string).value;
        if (start == 0 && end == s.length()) return heap.newRef(string);
        return v.str(s.substring(start, end));
    }

    /** Clamps pos and endpos as sre's state_init does. */
    static int[] bounds(String s, long pos, long endpos) {
        int n = s.length();
        long p = Math.max(0, Math.min(pos, n));
        long e = Math.max(0, Math.min(endpos, n));
        return new int[] {(int) p, (int) Math.max(p, e)};
    }

    /** Every match from pos, as findall and sub walk them. */
    List<int[]> all(PyRegexPattern p, String s, int pos, int endpos, long limit) {
        List<int[]> found = new ArrayList<>();
        int start = pos;
        boolean advance = false;
        while ((limit == 0 || found.size() < limit) && start <= endpos) {
            int[] marks = find(p, s, start, endpos, advance, Mode.SEARCH);
            if (marks == null) break;
            found.add(marks);
            advance = marks[1] == marks[0];
            start = marks[1];
        }
        return found;
    }

    /** findall: the whole match, the one group, or a tuple of the groups ('' for a group that did not take part). */
    PyObject findall(PyRegexPattern p, PyObject string, int pos, int endpos) {
        String s = subject(string);
        ArrayList<PyObject> items = new ArrayList<>();
        for (int[] m : all(p, s, pos, endpos, 0)) {
            if (p.groups == 0) items.add(slice(string, m[0], m[1]));
            else if (p.groups == 1) items.add(groupOrEmpty(string, m, 1));
            else {
                PyObject[] t = new PyObject[p.groups];
                for (int g = 1; g <= p.groups; g++) t[g - 1] = groupOrEmpty(string, m, g);
                items.add(heap.alloc(new PyTuple(t)));
            }
        }
        return heap.alloc(new PyList(items, items.size()));
    }

    private PyObject groupOrEmpty(PyObject string, int[] m, int g) {
        return m[2 * g] < 0 ? v.str("") : slice(string, m[2 * g], m[2 * g + 1]);
    }

    /** split: the pieces between matches, each match's groups (None where one did not take part) between them. */
    PyObject split(PyRegexPattern p, PyObject string, long maxsplit) {
        String s = subject(string);
        ArrayList<PyObject> items = new ArrayList<>();
        int last = 0;
        if (maxsplit >= 0) {
            for (int[] m : all(p, s, 0, s.length(), maxsplit)) {
                items.add(slice(string, last, m[0]));
                for (int g = 1; g <= p.groups; g++) items.add(m[2 * g] < 0 ? v.none : slice(string, m[2 * g], m[2 * g + 1]));
                last = m[1];
            }
        }
        items.add(slice(string, last, s.length()));
        return heap.alloc(new PyList(items, items.size()));
    }

    /**
     * sub and subn: the pieces list of pattern_subx (the text before each match, then its
     * replacement: the expanded template or the function's result, None adding nothing), joined at
     * the end; without a match the string itself.
     */
    PyObject[] sub(PyRegexPattern p, PyObject repl, PyObject string, long count) {
        String s = subject(string);
        List<PythonRegex.TemplatePart> template = null;
        boolean callable = !(repl instanceof PyStr);
        if (!callable) {
            try {
                template = PythonRegex.template(((PyStr) repl).value, p.groups, p.groupIndex);
            } catch (PythonRegex.Unsupported e) {
                throw new StopRun("SimulationError", "the replacement " + Reprs.strRepr(((PyStr) repl).value) + " is not supported: " + e.getMessage());
            }
        }
        List<PyObject> pieces = new ArrayList<>();
        int i = 0;
        int n = 0;
        try {
            int start = 0;
            boolean advance = false;
            while ((count == 0 || n < count) && start <= s.length()) {
                int[] m = find(p, s, start, s.length(), advance, Mode.SEARCH);
                if (m == null) break;
                if (i < m[0]) held(pieces, slice(string, i, m[0]));
                PyObject item;
                if (callable) {
                    // The function runs Python code: the pieces so far and the match are the call's roots.
                    PyRegexMatch match = match(p, string, m, 0, s.length());
                    in.builtinImpl.hold(match);
                    try {
                        item = in.builtinImpl.callValue(repl, List.of(match));
                    } finally {
                        in.builtinImpl.unhold(match);
                        heap.decref(match);
                    }
                } else {
                    item = v.str(expand(template, s, m));
                }
                if (item instanceof PyNone) heap.decref(item);
                else held(pieces, item);
                i = m[1];
                n++;
                advance = m[1] == m[0];
                start = m[1];
            }
            PyObject result;
            if (n == 0) {
                result = heap.newRef(string);
            } else {
                if (i < s.length()) held(pieces, slice(string, i, s.length()));
                StringBuilder out = new StringBuilder();
                for (int k = 0; k < pieces.size(); k++) {
                    if (!(pieces.get(k) instanceof PyStr piece)) {
                        throw new PyRaise("TypeError", "sequence item " + k + ": expected str instance, " + pieces.get(k).typeName() + " found");
                    }
                    out.append(piece.value);
                }
                result = v.str(out.toString());
            }
            return new PyObject[] {result, v.integer(n)};
        } finally {
            for (int k = pieces.size() - 1; k >= 0; k--) {
                in.builtinImpl.unhold(pieces.get(k));
                heap.decref(pieces.get(k));
            }
        }
    }

    /** A piece of pattern_subx's list: held as a root while a replacement function may run. */
    private void held(List<PyObject> pieces, PyObject piece) {
        in.builtinImpl.hold(piece);
        pieces.add(piece);
    }

    static String expand(List<PythonRegex.TemplatePart> template, String s, int[] m) {
        StringBuilder out = new StringBuilder();
        for (PythonRegex.TemplatePart part : template) {
            if (part.group() < 0) out.append(part.text());
            else if (m[2 * part.group()] >= 0) out.append(s, m[2 * part.group()], m[2 * part.group() + 1]);
        }
        return out.toString();
    }

    /** The next match of a finditer scanner (new reference), or null when it is done (it then lets go of string and pattern). */
    PyObject next(PyRegexScanner it) {
        if (it.exhausted()) return null;
        String s = ((PyStr) it.string).value;
        int[] m = it.position <= it.endpos ? find(it.re, s, it.position, it.endpos, it.mustAdvance, Mode.SEARCH) : null;
        if (m == null) {
            it.releaseContents(heap);
            return null;
        }
        it.mustAdvance = m[1] == m[0];
        it.position = m[1];
        return match(it.re, it.string, m, it.pos, it.endpos);
    }

    /**
     * The subject as the matcher reads it: every character read counts toward the run's time limit,
     * so a pattern that backtracks catastrophically ({@code ((a+)\2?)+b} on forty a's: Java's matcher
     * remembers where a plain nested repeat failed, but not across a back reference) stops at the limit
     * as a long loop does, instead of holding its worker thread for minutes inside one match.
     */
    private record TimedText(String text, Interpreter in) implements CharSequence {

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public char charAt(int index) {
            in.checkDeadline();
            return text.charAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new TimedText(text.substring(start, end), in);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
