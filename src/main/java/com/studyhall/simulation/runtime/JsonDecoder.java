package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * json.loads (Lib/json/decoder.py around Modules/_json.c's scanner): objects are dicts made empty
 * and filled by insertion, arrays lists grown by append, and the text of a key is one str object
 * for the whole call (the scanner's memo). Errors are CPython's JSONDecodeError messages and
 * positions.
 */
final class JsonDecoder {
    static final String ERROR = "json.decoder.JSONDecodeError";

    private final Interpreter in;
    private final Builtins p;
    private final String s;
    private final PyObject hook;
    /** The scanner's memo: one str object per key text within this call. */
    private final Map<String, PyObject> keys = new HashMap<>();
    private int end;

    JsonDecoder(Interpreter in, Builtins protocols, String text, PyObject objectHook) {
        this.in = in;
        this.p = protocols;
        this.s = text;
        this.hook = objectHook;
    }

    /** decode: the one value of the text, with nothing but whitespace around it. */
    PyObject decode() {
        if (s.startsWith("\ufeff")) throw error("Unexpected UTF-8 BOM (decode using utf-8-sig)", 0);
        PyObject value = scan(whitespace(0));
        if (whitespace(end) != s.length()) {
            in.heap.decref(value);
            throw error("Extra data", whitespace(end));
        }
        return value;
    }

    private int whitespace(int i) {
        while (i < s.length() && " \t\n\r".indexOf(s.charAt(i)) >= 0) i++;
        return i;
    }

    /** scan_once: the value starting at i (a new reference); sets end past it. */
    private PyObject scan(int i) {
        if (i >= s.length()) throw error("Expecting value", i);
        char c = s.charAt(i);
        switch (c) {
            case '"':
                return in.values.str(string(i + 1));
            case '{':
                return object(i + 1);
            case '[':
                return array(i + 1);
            default:
                break;
        }
        for (String[] constant : CONSTANTS) {
            if (s.startsWith(constant[0], i)) {
                end = i + constant[0].length();
                return constant(constant[1]);
            }
        }
        return number(i);
    }

    private static final String[][] CONSTANTS = {{"null", "None"}, {"true", "True"}, {"false", "False"},
            {"NaN", "nan"}, {"Infinity", "inf"}, {"-Infinity", "-inf"}};

    private PyObject constant(String name) {
        return switch (name) {
            case "None" -> in.values.none;
            case "True" -> in.values.bool(true);
            case "False" -> in.values.bool(false);
            case "nan" -> in.values.floating(Double.NaN);
            default -> in.values.floating(name.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
        };
    }

    /** _match_number_unicode: -?(0|[1-9]digits)(.digits)?([eE][-+]?digits)?, a float when it has a fraction or exponent. */
    private PyObject number(int start) {
        int i = start;
        if (i < s.length() && s.charAt(i) == '-') i++;
        if (i < s.length() && s.charAt(i) >= '1' && s.charAt(i) <= '9') i = digits(i);
        else if (i < s.length() && s.charAt(i) == '0') i++;
        else throw error("Expecting value", start);
        boolean isFloat = false;
        if (i + 1 < s.length() && s.charAt(i) == '.' && isDigit(i + 1)) {
            i = digits(i + 1);
            isFloat = true;
        }
        if (i < s.length() && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            int e = i + 1;
            if (e < s.length() && (s.charAt(e) == '+' || s.charAt(e) == '-')) e++;
            if (isDigit(e)) {
                i = digits(e);
                isFloat = true;
            }
        }
        end = i;
        String text = s.substring(start, i);
        return isFloat ? in.values.floating(Double.parseDouble(text)) : in.values.integer(new BigInteger(text));
    }

    private boolean isDigit(int i) {
        return i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9';
    }

    private int digits(int i) {
        while (isDigit(i)) i++;
        return i;
    }

    private PyObject object(int i) {
        PyDict d = in.heap.alloc(new PyDict());
        // A container being filled is the scanner's own until it returns: a root for object_hook's calls.
        p.hold(d);
        try {
            i = whitespace(i);
            if (i >= s.length() || s.charAt(i) != '}') {
                while (true) {
                    if (i >= s.length() || s.charAt(i) != '"') throw error("Expecting property name enclosed in double quotes", i);
                    PyObject key = key(string(i + 1));
                    i = whitespace(end);
                    if (i >= s.length() || s.charAt(i) != ':') {
                        in.heap.decref(key);
                        throw error("Expecting ':' delimiter", i);
                    }
                    PyObject value;
                    p.hold(key);
                    try {
                        value = scan(whitespace(i + 1));
                    } catch (RuntimeException e) {
                        in.heap.decref(key);
                        throw e;
                    } finally {
                        p.unhold(key);
                    }
                    p.put(d, key, value);
                    i = whitespace(end);
                    if (i < s.length() && s.charAt(i) == '}') break;
                    if (i >= s.length() || s.charAt(i) != ',') throw error("Expecting ',' delimiter", i);
                    i = whitespace(i + 1);
                }
            }
        } catch (RuntimeException e) {
            p.unhold(d);
            in.heap.decref(d);
            throw e;
        }
        end = i + 1;
        if (hook == null) {
            p.unhold(d);
            return d;
        }
        try {
            return p.callValue(hook, List.of(d));
        } finally {
            p.unhold(d);
            in.heap.decref(d);
        }
    }

    /** A key's str: the memo's object when the text came before in this call. */
    private PyObject key(String text) {
        PyObject known = keys.get(text);
        if (known != null) return in.heap.newRef(known);
        PyObject key = in.values.str(text);
        keys.put(text, in.heap.newRef(key));
        p.hold(key);
        return key;
    }

    /** The memo goes when the call ends, with its references to the keys. */
    void release() {
        for (PyObject key : keys.values()) {
            p.unhold(key);
            in.heap.decref(key);
        }
        keys.clear();
    }

    private PyObject array(int i) {
        PyList l = in.heap.alloc(new PyList(new ArrayList<>(), 0));
        p.hold(l);
        try {
            i = whitespace(i);
            if (i >= s.length() || s.charAt(i) != ']') {
                while (true) {
                    p.append(l, scan(i));
                    i = whitespace(end);
                    if (i < s.length() && s.charAt(i) == ']') break;
                    if (i >= s.length() || s.charAt(i) != ',') throw error("Expecting ',' delimiter", i);
                    i = whitespace(i + 1);
                }
            }
        } catch (RuntimeException e) {
            p.unhold(l);
            in.heap.decref(l);
            throw e;
        }
        p.unhold(l);
        end = i + 1;
        return l;
    }

    /** scanstring: the text of the string whose first character is at i (past the quote); sets end past the closing quote. */
    private String string(int i) {
        int begin = i - 1;
        StringBuilder b = new StringBuilder();
        while (true) {
            if (i >= s.length()) throw error("Unterminated string starting at", begin);
            char c = s.charAt(i);
            if (c == '"') break;
            if (c < 0x20) throw error("Invalid control character at", i);
            if (c != '\\') {
                b.append(c);
                i++;
                continue;
            }
            i++;
            if (i >= s.length()) throw error("Unterminated string starting at", begin);
            char e = s.charAt(i);
            if (e == 'u') {
                i = unicodeEscape(i + 1, b);
                continue;
            }
            int at = "\"\\/bfnrt".indexOf(e);
            if (at < 0) throw error("Invalid \\escape", i - 1);
            b.append("\"\\/\b\f\n\r\t".charAt(at));
            i++;
        }
        end = i + 1;
        return b.toString();
    }

    /** \\uXXXX at i (past the u), joined with a following low surrogate escape; returns the index after it. */
    private int unicodeEscape(int i, StringBuilder b) {
        char c = hex(i);
        i += 4;
        if (Character.isHighSurrogate(c) && i + 6 < s.length() && s.charAt(i) == '\\' && s.charAt(i + 1) == 'u') {
            char low = hex(i + 2);
            if (Character.isLowSurrogate(low)) {
                b.append(c).append(low);
                return i + 6;
            }
        }
        b.append(c);
        return i;
    }

    private char hex(int i) {
        if (i + 4 >= s.length()) throw error("Invalid \\uXXXX escape", i - 1);
        int v = 0;
        for (int k = i; k < i + 4; k++) {
            int d = Character.digit(s.charAt(k), 16);
            if (d < 0) throw error("Invalid \\uXXXX escape", i - 1);
            v = v * 16 + d;
        }
        return (char) v;
    }

    /** JSONDecodeError(msg, doc, pos): its message names line and column, and it keeps them as attributes. */
    private PyRaise error(String msg, int pos) {
        int line = 1;
        for (int k = 0; k < pos; k++) if (s.charAt(k) == '\n') line++;
        int column = pos - s.lastIndexOf('\n', pos - 1);
        String text = msg + ": line " + line + " column " + column + " (char " + pos + ")";
        PyInstance exc = in.exceptions.classes.make(ERROR, text, null);
        Attributes a = in.attributes;
        a.set(exc, "msg", in.values.str(msg));
        a.set(exc, "doc", in.values.str(s));
        a.set(exc, "pos", in.values.integer(pos));
        a.set(exc, "lineno", in.values.integer(line));
        a.set(exc, "colno", in.values.integer(column));
        return new PyRaise(ERROR, "", exc);
    }
}
