package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * io.StringIO (CPython 3.11's Modules/_io/stringio.c with its _PyAccu): writes at the end append
 * the str objects to the accumulator's list; getvalue() and a whole read() from the start join
 * them (one string is returned as itself) and start a new list holding the result; any other
 * read, readline, iteration or a write before the end realizes the text into the character
 * buffer and frees the list. The newline keyword is refused by the checker (the default '\n'
 * translates nothing).
 */
final class StringIOType extends BuiltinType {
    StringIOType(Interpreter in) {
        super("_io.StringIO", null, in);
        method("write", (self, args, kw) -> {
            noKeywords("write", kw);
            if (args.size() != 1) throw new PyRaise("TypeError", "StringIO.write() takes exactly one argument (" + args.size() + " given)");
            return v.integer(write(open(self), args.get(0)));
        });
        method("getvalue", (self, args, kw) -> {
            noArguments("getvalue", args, kw);
            PyStringIO s = open(self);
            return s.accu != null ? intermediate(s) : v.str(s.buffer.toString());
        });
        method("read", (self, args, kw) -> {
            noKeywords("read", kw);
            long size = size("read", args);
            return read(open(self), size);
        });
        method("readline", (self, args, kw) -> {
            noKeywords("readline", kw);
            long size = size("readline", args);
            PyStringIO s = open(self);
            realize(s);
            return v.str(line(s, size));
        });
        method("seek", (self, args, kw) -> {
            noKeywords("seek", kw);
            if (args.isEmpty()) throw new PyRaise("TypeError", "seek expected at least 1 argument, got 0");
            if (args.size() > 2) throw new PyRaise("TypeError", "seek expected at most 2 arguments, got " + args.size());
            long pos = Args.integer(args.get(0));
            long whence = args.size() > 1 ? Args.integer(args.get(1)) : 0;
            PyStringIO s = open(self);
            if (whence < 0 || whence > 2) throw new PyRaise("ValueError", "Invalid whence (" + whence + ", should be 0, 1 or 2)");
            if (pos < 0 && whence == 0) throw new PyRaise("ValueError", "Negative seek position " + pos);
            if (whence != 0 && pos != 0) throw new PyRaise("OSError", "Can't do nonzero cur-relative seeks");
            s.pos = whence == 1 ? s.pos : whence == 2 ? length(s) : pos;
            return v.integer(s.pos);
        });
        method("tell", (self, args, kw) -> {
            noArguments("tell", args, kw);
            return v.integer(open(self).pos);
        });
        method("close", (self, args, kw) -> {
            noArguments("close", args, kw);
            close((PyStringIO) self);
            return v.none;
        });
        for (String query : List.of("readable", "writable", "seekable")) {
            method(query, (self, args, kw) -> {
                noArguments(query, args, kw);
                open(self);
                return v.trueObj;
            });
        }
        // IOBase.isatty: IOBase's own closed check, whose message ends with a period.
        method("isatty", (self, args, kw) -> {
            if (!kw.isEmpty()) throw new PyRaise("TypeError", "_IOBase.isatty() takes no keyword arguments");
            if (!args.isEmpty()) throw new PyRaise("TypeError", "_IOBase.isatty() takes no arguments (" + args.size() + " given)");
            checkIterable(self);
            return v.falseObj;
        });
        // IOBase.flush: a StringIO never sets IOBase's own closed flag, so it answers None even closed.
        method("flush", (self, args, kw) -> {
            noArguments("flush", args, kw);
            return v.none;
        });
        method("__enter__", (self, args, kw) -> {
            checkIterable(self);
            return heap.newRef(self);
        });
        // iobase_exit is METH_VARARGS: its three arguments come packed in a tuple; it calls close().
        method("__exit__", (self, args, kw) -> builtins().withPackedArguments(args.size(), false, () -> {
            close((PyStringIO) self);
            return v.none;
        }));
    }

    /** StringIO(initial_value='', newline='\n'), called through _PyObject_MakeTpCall. */
    PyObject construct(List<PyObject> args, Map<String, PyObject> kwargs) {
        return builtins().withPackedArguments(args.size(), !kwargs.isEmpty(), () -> {
            if (args.size() + kwargs.size() > 2) {
                throw new PyRaise("TypeError", "StringIO() takes at most 2 arguments (" + (args.size() + kwargs.size()) + " given)");
            }
            for (String k : kwargs.keySet()) {
                if (!k.equals("initial_value")) throw new PyRaise("TypeError", "'" + k + "' is an invalid keyword argument for StringIO()");
            }
            PyObject value = Args.get(args, kwargs, 0, "initial_value");
            if (value != null && !(value instanceof PyNone) && !(value instanceof PyStr)) {
                throw new PyRaise("TypeError", "initial_value must be str or None, not " + value.typeName());
            }
            String text = value instanceof PyStr str ? str.value : "";
            PyStringIO s = heap.alloc(new PyStringIO(null));
            // A non-empty initial value is written into the buffer at once; an empty one starts accumulating.
            if (text.isEmpty()) s.accu = heap.alloc(new PyList(new ArrayList<>(), 0));
            else s.buffer.append(text);
            return s;
        });
    }

    /** write_str: appended to the list while accumulating at the end, else copied into the buffer. */
    long write(PyStringIO s, PyObject o) {
        if (!(o instanceof PyStr str)) throw new PyRaise("TypeError", "string argument expected, got '" + o.typeName() + "'");
        long n = str.value.codePointCount(0, str.value.length());
        if (n == 0) return 0;
        if (s.accu != null && s.pos == length(s)) {
            builtins().append(s.accu, heap.newRef(o));
            s.pos += n;
            return n;
        }
        realize(s);
        StringBuilder b = s.buffer;
        long size = chars(b);
        for (long i = size; i < s.pos; i++) b.append('\0');
        int start = index(b, s.pos);
        b.replace(start, index(b, Math.min(chars(b), s.pos + n)), str.value);
        s.pos += n;
        return n;
    }

    /** PyFile_WriteObject to a StringIO: the bound write method made and freed around the call, which gets str(o). */
    void writeObject(PyStringIO s, PyObject o) {
        heap.countUnmodelledAllocation(Heap.FreeList.NONE, 0);
        try {
            PyObject text = o instanceof PyStr ? heap.newRef(o) : v.str(ops().str(o));
            try {
                write(open(s), text);
            } finally {
                heap.decref(text);
            }
        } finally {
            heap.countUnmodelledDeallocation(Heap.FreeList.NONE, 0);
        }
    }

    private PyObject read(PyStringIO s, long size) {
        long n = length(s) - s.pos;
        if (size < 0 || size > n) size = Math.max(n, 0);
        // The shortcut for seek(0); read(): the joined text, which the new accumulator keeps too.
        if (s.accu != null && s.pos == 0 && size == n) {
            PyObject r = intermediate(s);
            s.pos = length(s);
            return r;
        }
        realize(s);
        long from = Math.min(s.pos, chars(s.buffer));
        s.pos += size;
        return v.str(s.buffer.substring(index(s.buffer, from), index(s.buffer, from + size)));
    }

    /** _stringio_readline: up to and including the next '\n', at most limit characters; "" past the end. */
    private static String line(PyStringIO s, long limit) {
        long len = chars(s.buffer);
        if (s.pos >= len) return "";
        long end = limit < 0 || limit > len - s.pos ? len : s.pos + limit;
        int start = index(s.buffer, s.pos);
        int endIndex = index(s.buffer, end);
        int nl = s.buffer.indexOf("\n", start);
        int stop = nl >= 0 && nl < endIndex ? nl + 1 : endIndex;
        s.pos += s.buffer.codePointCount(start, stop);
        return s.buffer.substring(start, stop);
    }

    /** The buffer's length in characters (code points, as Python counts them). */
    private static long chars(StringBuilder b) {
        return b.codePointCount(0, b.length());
    }

    /** The UTF-16 index of a character position within the buffer. */
    private static int index(StringBuilder b, long pos) {
        return b.offsetByCodePoints(0, (int) pos);
    }

    /** stringio_iternext: the next line, null at the end. */
    PyObject next(PyObject self) {
        PyStringIO s = open(self);
        realize(s);
        String l = line(s, -1);
        return l.isEmpty() ? null : v.str(l);
    }

    /** iobase_iter: the object itself, once IOBase's closed check passes. */
    @Override
    PyObject iter(PyObject o) {
        checkIterable(o);
        return heap.newRef(o);
    }

    private static void checkIterable(PyObject o) {
        if (((PyStringIO) o).closed) throw new PyRaise("ValueError", "I/O operation on closed file.");
    }

    /** make_intermediate: _PyAccu_Finish joins the list (one item is returned as itself), then a new list holds the result. */
    private PyObject intermediate(PyStringIO s) {
        PyObject joined = finish(s);
        s.accu = heap.alloc(new PyList(new ArrayList<>(), 0));
        builtins().append(s.accu, heap.newRef(joined));
        return joined;
    }

    /** realize: the accumulated text goes into the buffer and the list is freed. */
    private void realize(PyStringIO s) {
        if (s.accu == null) return;
        PyObject joined = finish(s);
        s.buffer.setLength(0);
        s.buffer.append(((PyStr) joined).value);
        heap.decref(joined);
    }

    /** _PyAccu_Finish: the list taken from the accumulator, joined, and released. */
    private PyObject finish(PyStringIO s) {
        PyList list = s.accu;
        s.accu = null;
        try {
            if (list.items.size() == 1) return heap.newRef(list.items.get(0));
            StringBuilder b = new StringBuilder();
            for (PyObject o : list.items) b.append(((PyStr) o).value);
            return v.str(b.toString());
        } finally {
            heap.decref(list);
        }
    }

    /** The text's length: the accumulated strings' total, or the buffer's. */
    private static long length(PyStringIO s) {
        if (s.accu == null) return chars(s.buffer);
        long n = 0;
        for (PyObject o : s.accu.items) n += ((PyStr) o).value.codePointCount(0, ((PyStr) o).value.length());
        return n;
    }

    /** stringio_close: the flag set and the accumulator's list freed (_PyAccu_Destroy). */
    private void close(PyStringIO s) {
        s.closed = true;
        s.buffer.setLength(0);
        s.buffer.trimToSize();
        PyList l = s.accu;
        s.accu = null;
        if (l != null) heap.decref(l);
    }

    private static PyStringIO open(PyObject o) {
        PyStringIO s = (PyStringIO) o;
        if (s.closed) throw new PyRaise("ValueError", "I/O operation on closed file");
        return s;
    }

    private static long size(String name, List<PyObject> args) {
        if (args.size() > 1) throw new PyRaise("TypeError", name + " expected at most 1 argument, got " + args.size());
        if (args.isEmpty() || args.get(0) instanceof PyNone) return -1;
        if (!(BuiltinBases.receiver(args.get(0)) instanceof PyInt)) {
            throw new PyRaise("TypeError", "argument should be integer or None, not '" + args.get(0).typeName() + "'");
        }
        return Args.integer(args.get(0));
    }

    private static void noKeywords(String name, Map<String, PyObject> kw) {
        if (!kw.isEmpty()) throw new PyRaise("TypeError", "StringIO." + name + "() takes no keyword arguments");
    }

    private static void noArguments(String name, List<PyObject> args, Map<String, PyObject> kw) {
        noKeywords(name, kw);
        if (!args.isEmpty()) throw new PyRaise("TypeError", "StringIO." + name + "() takes no arguments (" + args.size() + " given)");
    }

    /** The closed attribute (a getset), then the instance dict (before the methods, as for any object). */
    @Override
    PyObject attribute(PyObject o, String attr) {
        PyStringIO s = (PyStringIO) o;
        if (attr.equals("closed")) return v.bool(s.closed);
        PyObject own = s.dict == null ? null : s.dict.getStr(attr);
        return own == null ? null : heap.newRef(own);
    }

    /** The getsets StringIO has (closed, line_buffering, newlines) are read-only; any other name goes in its dict. */
    @Override
    boolean setAttribute(PyObject o, String attr, PyObject value) {
        if (GETSETS.contains(attr)) {
            heap.decref(value);
            throw new PyRaise("AttributeError", "attribute '" + attr + "' of '_io.StringIO' objects is not writable");
        }
        PyStringIO s = (PyStringIO) o;
        if (s.dict == null) s.dict = heap.alloc(new PyDict());
        builtins().put(s.dict, v.intern(attr), value);
        return true;
    }

    private static final java.util.Set<String> GETSETS = java.util.Set.of("closed", "line_buffering", "newlines");

    /** del s.name of an attribute the program set; null when the dict has none by that name. */
    PyObject remove(PyStringIO s, String attr) {
        return removeOwn(s.dict, attr);
    }

    @Override
    String repr(PyObject o) {
        return "<_io.StringIO object at " + Reprs.address(o) + ">";
    }
}
