package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import com.studyhall.simulation.library.Codecs;
import com.studyhall.simulation.library.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * The methods bytes and bytearray share, registered in each type's table. The search and split
 * algorithms are str's ({@link Text}) run over the byte string; case and class tests are ASCII
 * only, and whitespace is the six ASCII spaces, as in CPython's bytes_methods.c.
 */
final class BytesMethods {
    private final BytesLikeType t;
    private final Values v;
    private final Heap heap;

    private BytesMethods(BytesLikeType t) {
        this.t = t;
        this.v = t.v;
        this.heap = t.heap;
    }

    static void install(BytesLikeType t) {
        new BytesMethods(t).register();
    }

    /** Text's whitespace set is str's: the bytes it has that bytes do not count are moved out of the way first. */
    private static final String NOT_BYTES_SPACE = "\u001c\u001d\u001e\u001f\u0085\u00a0";

    private static String protect(String s) {
        StringBuilder b = new StringBuilder(s);
        for (int i = 0; i < b.length(); i++) if (NOT_BYTES_SPACE.indexOf(b.charAt(i)) >= 0) b.setCharAt(i, (char) (0xE000 + b.charAt(i)));
        return b.toString();
    }

    private static String unprotect(String s) {
        StringBuilder b = new StringBuilder(s);
        for (int i = 0; i < b.length(); i++) if (b.charAt(i) >= 0xE000) b.setCharAt(i, (char) (b.charAt(i) - 0xE000));
        return b.toString();
    }

    private String self(PyObject o) {
        return t.content(o);
    }

    /** A sub-sequence argument of find/count/index: bytes-like or an int byte. */
    private static String sub(PyObject o) {
        if (o instanceof PyInt) return String.valueOf(BytesLikeType.byteValue(o, "byte must be in range(0, 256)"));
        String s = BytesLikeType.buffer(o);
        if (s == null) {
            throw new PyRaise("TypeError", "argument should be integer or bytes-like object, not '" + o.typeName() + "'");
        }
        return s;
    }

    private static String bytesOrNone(PyObject o) {
        if (o == null || o instanceof PyNone) return null;
        return BytesLikeType.requireBuffer(o);
    }

    /** A list of split results with the capacity stringlib preallocates (as str.split's). */
    private PyObject list(List<String> parts, int capacity) {
        ArrayList<PyObject> items = new ArrayList<>();
        PyList l = heap.alloc(new PyList(items, capacity));
        for (String p : parts) {
            if (items.size() >= l.allocated) l.resizeFor(items.size() + 1);
            items.add(t.make(p));
        }
        return l;
    }

    /** bytes returns itself when a method changes nothing; bytearray always makes a new one. */
    private PyObject same(PyObject o, String result) {
        if (o instanceof PyBytes b && b.value.equals(result)) return heap.newRef(o);
        return t.make(result);
    }

    private void register() {
        t.method("decode", (self, args, kw) -> {
            Args.count("decode", args, 0, 2);
            PyObject enc = Args.get(args, kw, 0, "encoding");
            PyObject err = Args.get(args, kw, 1, "errors");
            String encoding = enc == null ? "utf-8" : Args.str(enc);
            String errors = err == null ? "strict" : Args.str(err);
            return v.str(Codecs.decode(self(self), encoding, errors));
        });
        t.method("hex", (self, args, kw) -> {
            return v.str(hex(self(self), args, kw));
        });
        for (String name : List.of("find", "rfind", "index", "rindex", "count")) {
            t.method(name, (self, args, kw) -> {
                Args.noKeywords(name, kw);
                Args.count(name, args, 1, 3);
                String s = self(self);
                String sub = sub(args.get(0));
                Integer start = Args.bound(args, 1);
                Integer end = Args.bound(args, 2);
                if (name.equals("count")) return v.integer(Text.count(s, sub, start, end));
                int i = name.contains("r") ? Text.rfind(s, sub, start, end) : Text.find(s, sub, start, end);
                if (i < 0 && name.contains("index")) throw new PyRaise("ValueError", "subsection not found");
                return v.integer(i);
            });
        }
        for (String name : List.of("startswith", "endswith")) {
            t.method(name, (self, args, kw) -> {
                Args.noKeywords(name, kw);
                Args.count(name, args, 1, 3);
                List<String> options = new ArrayList<>();
                if (args.get(0) instanceof PyTuple tuple) {
                    for (PyObject o : tuple.items) options.add(prefix(name, o));
                } else {
                    options.add(prefix(name, args.get(0)));
                }
                for (String p : options) {
                    if (Text.startsWith(self(self), p, Args.bound(args, 1), Args.bound(args, 2), name.equals("endswith"))) return v.bool(true);
                }
                return v.bool(false);
            });
        }
        for (String name : List.of("split", "rsplit")) {
            t.method(name, (self, args, kw) -> {
                if (!kw.isEmpty()) t.in.builtinImpl.clinicParser(t.name + "." + name, 2);
                Args.count(name, args, 0, 2);
                String sep = bytesOrNone(Args.get(args, kw, 0, "sep"));
                PyObject max = Args.get(args, kw, 1, "maxsplit");
                int maxsplit = max == null ? -1 : Args.intIndex(max);
                String s = sep == null ? protect(self(self)) : self(self);
                List<String> parts = name.equals("split") ? Text.split(s, sep, maxsplit) : Text.rsplit(s, sep, maxsplit);
                if (sep == null) parts.replaceAll(BytesMethods::unprotect);
                return list(parts, StrMethods.prealloc(maxsplit));
            });
        }
        for (String name : List.of("strip", "lstrip", "rstrip")) {
            t.method(name, (self, args, kw) -> {
                Args.noKeywords(name, kw);
                Args.count(name, args, 0, 1);
                String chars = bytesOrNone(args.isEmpty() ? null : args.get(0));
                String s = chars == null ? protect(self(self)) : self(self);
                String r = Text.strip(s, chars, !name.equals("rstrip"), !name.equals("lstrip"));
                return same(self, chars == null ? unprotect(r) : r);
            });
        }
        t.method("join", (self, args, kw) -> {
            Args.noKeywords("join", kw);
            Args.count("join", args, 1, 1);
            StringBuilder b = new StringBuilder();
            List<PyObject> items = t.builtins().iterate(args.get(0));
            for (int i = 0; i < items.size(); i++) {
                String s = BytesLikeType.buffer(items.get(i));
                if (s == null) {
                    throw new PyRaise("TypeError", "sequence item " + i + ": expected a bytes-like object, "
                            + items.get(i).typeName() + " found");
                }
                if (i > 0) b.append(self(self));
                b.append(s);
            }
            if (self instanceof PyBytes && items.size() == 1 && items.get(0) instanceof PyBytes only) return heap.newRef(only);
            return t.make(b.toString());
        });
        t.method("replace", (self, args, kw) -> {
            Args.noKeywords("replace", kw);
            Args.count("replace", args, 2, 3);
            int count = args.size() > 2 ? Args.intIndex(args.get(2)) : -1;
            String r = Text.replace(self(self), BytesLikeType.requireBuffer(args.get(0)), BytesLikeType.requireBuffer(args.get(1)), count);
            return same(self, r);
        });
        for (String name : List.of("removeprefix", "removesuffix")) {
            t.method(name, (self, args, kw) -> {
                Args.noKeywords(name, kw);
                Args.count(name, args, 1, 1);
                String s = self(self);
                String affix = BytesLikeType.requireBuffer(args.get(0));
                boolean prefix = name.equals("removeprefix");
                if (affix.isEmpty() || !(prefix ? s.startsWith(affix) : s.endsWith(affix))) return same(self, s);
                return t.make(prefix ? s.substring(affix.length()) : s.substring(0, s.length() - affix.length()));
            });
        }
        t.method("upper", (self, args, kw) -> caseMap(self, args, true));
        t.method("lower", (self, args, kw) -> caseMap(self, args, false));
        for (String name : List.of("isdigit", "isalpha", "isalnum", "isspace", "islower", "isupper", "isascii")) {
            t.method(name, (self, args, kw) -> {
                Args.count(name, args, 0, 0);
                return v.bool(is(name, self(self)));
            });
        }
        registerLayout();
        t.classMethod("fromhex", (type, args, kw) -> {
            Args.noKeywords("fromhex", kw);
            Args.count("fromhex", args, 1, 1);
            return t.make(fromhex(Args.str(args.get(0))));
        });
    }

    /** Padding, splitting into lines, partition and the ASCII case methods (bytes_methods.c, bytesobject.c). */
    private void registerLayout() {
        for (String name : List.of("center", "ljust", "rjust")) {
            t.method(name, (self, args, kw) -> {
                Args.noKeywords(name, kw);
                Args.count(name, args, 1, 2);
                return same(self, Text.pad(name, self(self), Args.intIndex(args.get(0)), fillByte(name, args)));
            });
        }
        t.method("zfill", (self, args, kw) -> {
            Args.count("zfill", args, 1, 1);
            return same(self, Text.zfill(self(self), Args.intIndex(args.get(0))));
        });
        t.method("expandtabs", (self, args, kw) -> {
            PyObject size = Args.get(args, kw, 0, "tabsize");
            return same(self, Text.expandtabs(self(self), size == null ? 8 : Args.intIndex(size)));
        });
        t.method("splitlines", (self, args, kw) -> {
            PyObject keep = Args.get(args, kw, 0, "keepends");
            return list(lines(self(self), keep != null && t.ops().truthy(keep)), 0);
        });
        for (String name : List.of("partition", "rpartition")) {
            t.method(name, (self, args, kw) -> {
                Args.count(name, args, 1, 1);
                String sep = BytesLikeType.requireBuffer(args.get(0));
                if (sep.isEmpty()) throw new PyRaise("ValueError", "empty separator");
                String s = self(self);
                String[] parts = Text.partition(s, sep, name.startsWith("r"));
                PyObject[] items = new PyObject[3];
                for (int i = 0; i < 3; i++) {
                    // bytes returns itself for the unsplit whole and the separator object it was given.
                    boolean whole = self instanceof PyBytes && parts[i].equals(s) && !s.isEmpty();
                    boolean separator = i == 1 && !parts[1].isEmpty() && args.get(0) instanceof PyBytes && self instanceof PyBytes;
                    items[i] = whole ? heap.newRef(self) : separator ? heap.newRef(args.get(0)) : t.make(parts[i]);
                }
                return heap.alloc(new PyTuple(items));
            });
        }
        t.method("capitalize", (self, args, kw) -> {
            Args.count("capitalize", args, 0, 0);
            String s = self(self);
            return t.make(s.isEmpty() ? s : asciiCase(s.substring(0, 1), true) + asciiCase(s.substring(1), false));
        });
        t.method("swapcase", (self, args, kw) -> {
            Args.count("swapcase", args, 0, 0);
            StringBuilder b = new StringBuilder();
            for (char c : self(self).toCharArray()) b.append(isUpper(c) ? (char) (c + 32) : isLower(c) ? (char) (c - 32) : c);
            return t.make(b.toString());
        });
        t.method("title", (self, args, kw) -> {
            Args.count("title", args, 0, 0);
            StringBuilder b = new StringBuilder();
            boolean previousCased = false;
            for (char c : self(self).toCharArray()) {
                b.append(previousCased ? asciiCase(String.valueOf(c), false) : asciiCase(String.valueOf(c), true));
                previousCased = isUpper(c) || isLower(c);
            }
            return t.make(b.toString());
        });
        t.method("istitle", (self, args, kw) -> {
            Args.count("istitle", args, 0, 0);
            boolean cased = false;
            boolean previousCased = false;
            for (char c : self(self).toCharArray()) {
                if (isUpper(c)) {
                    if (previousCased) return v.falseObj;
                    previousCased = cased = true;
                } else if (isLower(c)) {
                    if (!previousCased) return v.falseObj;
                    previousCased = cased = true;
                } else {
                    previousCased = false;
                }
            }
            return v.bool(cased);
        });
    }

    /** The optional fill argument of center/ljust/rjust: one byte (a space by default). */
    private static char fillByte(String method, List<PyObject> args) {
        if (args.size() < 2) return ' ';
        String f = BytesLikeType.buffer(args.get(1));
        if (f == null || f.length() != 1 || args.get(1) instanceof PyInt) {
            throw new PyRaise("TypeError", method + "() argument 2 must be a byte string of length 1, not " + args.get(1).typeName());
        }
        return f.charAt(0);
    }

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isLower(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static String asciiCase(String s, boolean upper) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) b.append(upper && isLower(c) ? (char) (c - 32) : !upper && isUpper(c) ? (char) (c + 32) : c);
        return b.toString();
    }

    /** bytes.splitlines: only \n, \r and \r\n end a line (str's other line breaks are ordinary bytes). */
    private static List<String> lines(String s, boolean keepends) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            int j = i;
            while (j < n && s.charAt(j) != '\n' && s.charAt(j) != '\r') j++;
            int eol = j;
            if (j < n) {
                eol = j + (s.charAt(j) == '\r' && j + 1 < n && s.charAt(j + 1) == '\n' ? 2 : 1);
            }
            out.add(s.substring(i, keepends ? eol : j));
            i = eol;
        }
        return out;
    }

    private static String prefix(String method, PyObject o) {
        String s = BytesLikeType.buffer(o);
        if (s == null) {
            throw new PyRaise("TypeError", method + " first arg must be bytes or a tuple of bytes, not " + o.typeName());
        }
        return s;
    }

    /** bytes.upper/lower change only ASCII letters (a bytearray's result is always a new object). */
    private PyObject caseMap(PyObject self, List<PyObject> args, boolean upper) {
        Args.count(upper ? "upper" : "lower", args, 0, 0);
        String s = self(self);
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (upper && c >= 'a' && c <= 'z') c -= 32;
            if (!upper && c >= 'A' && c <= 'Z') c += 32;
            b.append(c);
        }
        return t.make(b.toString());
    }

    /** The ASCII character-class tests of bytes_methods.c (an empty bytes is never digit, alpha...). */
    static boolean is(String test, String s) {
        if (test.equals("isascii")) return s.chars().allMatch(c -> c < 128);
        if (s.isEmpty()) return false;
        boolean anyCased = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean lower = c >= 'a' && c <= 'z';
            boolean upper = c >= 'A' && c <= 'Z';
            boolean digit = c >= '0' && c <= '9';
            switch (test) {
                case "isdigit": if (!digit) return false; break;
                case "isalpha": if (!lower && !upper) return false; break;
                case "isalnum": if (!lower && !upper && !digit) return false; break;
                case "isspace": if (c != ' ' && (c < 9 || c > 13)) return false; break;
                case "islower": if (upper) return false; anyCased |= lower; break;
                default: if (lower) return false; anyCased |= upper; break;
            }
        }
        return !(test.equals("islower") || test.equals("isupper")) || anyCased;
    }

    /** bytes.hex, bytearray.hex and memoryview.hex (sep, bytes_per_sep) of the raw bytes s. */
    static String hex(String s, java.util.List<PyObject> args, java.util.Map<String, PyObject> kw) {
        Args.count("hex", args, 0, 2);
        PyObject sep = Args.get(args, kw, 0, "sep");
        PyObject per = Args.get(args, kw, 1, "bytes_per_sep");
        return hex(s, sep == null ? null : separator(sep), per == null ? 1 : Args.intIndex(per));
    }

    private static String separator(PyObject sep) {
        String s = sep instanceof PyStr str ? str.value : BytesLikeType.buffer(sep);
        if (s == null) throw new PyRaise("TypeError", "sep must be str or bytes.");
        if (s.length() != 1) throw new PyRaise("ValueError", "sep must be length 1.");
        return s;
    }

    /** bytes.hex([sep[, bytes_per_sep]]): a positive group size counts groups from the right, a negative one from the left. */
    static String hex(String s, String sep, int per) {
        StringBuilder b = new StringBuilder();
        int n = s.length();
        int group = Math.abs(per);
        for (int i = 0; i < n; i++) {
            if (sep != null && i > 0 && group > 0) {
                boolean boundary = per > 0 ? (n - i) % group == 0 : i % group == 0;
                if (boundary) b.append(sep);
            }
            b.append(String.format("%02x", (int) s.charAt(i)));
        }
        return b.toString();
    }

    /** bytes.fromhex: pairs of hex digits, spaces allowed between pairs only. */
    static String fromhex(String text) {
        StringBuilder b = new StringBuilder();
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (Character.isWhitespace(text.charAt(i)) && text.charAt(i) < 128) {
                i++;
                continue;
            }
            int hi = Character.digit(text.charAt(i), 16);
            if (hi < 0 || text.charAt(i) > 127) throw nonHex(i);
            if (i + 1 >= n) throw nonHex(i + 1);
            int lo = Character.digit(text.charAt(i + 1), 16);
            if (lo < 0 || text.charAt(i + 1) > 127) throw nonHex(i + 1);
            b.append((char) (hi * 16 + lo));
            i += 2;
        }
        return b.toString();
    }

    private static PyRaise nonHex(int at) {
        return new PyRaise("ValueError", "non-hexadecimal number found in fromhex() arg at position " + at);
    }
}
