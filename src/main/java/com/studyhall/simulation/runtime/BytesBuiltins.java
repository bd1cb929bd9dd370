package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import com.studyhall.simulation.library.Codecs;
import java.util.List;
import java.util.Map;

/** The bytes and bytearray constructors and str.encode, registered in the builtins and str's table. */
final class BytesBuiltins {
    private BytesBuiltins() { }

    static void install(BuiltinsModule m, Interpreter in, Builtins p) {
        m.keywordFunction("bytes", (args, kw) -> {
            BytesLikeType t = (BytesLikeType) p.types.named("bytes");
            if (args.size() == 1 && kw.isEmpty() && args.get(0).getClass() == PyBytes.class) return in.heap.newRef(args.get(0));
            return t.make(initial(in, t, args, kw, "bytes must be in range(0, 256)"));
        });
        m.keywordFunction("bytearray", (args, kw) -> {
            BytesLikeType t = (BytesLikeType) p.types.named("bytearray");
            PyBytearray b = in.heap.alloc(new PyBytearray(""));
            try {
                fill(in, t, b, args.isEmpty() && kw.isEmpty() ? null : args.isEmpty() ? null : args.get(0), args, kw);
            } catch (PyRaise e) {
                in.heap.decref(b);
                throw e;
            }
            return b;
        });
        m.keywordFunction("memoryview", (args, kw) -> p.withPackedArguments(args.size(), !kw.isEmpty(),
                () -> ((MemoryViewType) p.types.named("memoryview")).construct(args, kw)));
        StrType str = (StrType) p.types.named("str");
        str.method("encode", (self, args, kw) -> {
            Args.count("encode", args, 0, 2);
            PyObject enc = Args.get(args, kw, 0, "encoding");
            PyObject err = Args.get(args, kw, 1, "errors");
            String text = ((PyStr) self).value;
            return in.values.bytes(Codecs.encode(text, enc == null ? "utf-8" : Args.str(enc), err == null ? "strict" : Args.str(err)));
        });
    }

    /**
     * bytearray_init: an int makes that many zero bytes, a buffer or a list/tuple is sized at once,
     * any other iterable grows one append at a time (so its allocation is an appended one's).
     */
    private static void fill(Interpreter in, BytesLikeType t, PyBytearray b, PyObject source, List<PyObject> args, Map<String, PyObject> kw) {
        if (source == null && kw.isEmpty()) return;
        if (source == null || source instanceof PyStr || source instanceof PyInt || BytesLikeType.buffer(source) != null
                || source instanceof PyList || source instanceof PyTuple || hasIndex(in, source)) {
            String s = initial(in, t, args, kw, "byte must be in range(0, 256)");
            if (!s.isEmpty()) BytearrayType.setLength(b, s);
            return;
        }
        for (char c : t.constructedFrom(source, "byte must be in range(0, 256)").toCharArray()) {
            if (b.data.length() + 1 < b.allocated) b.data.append(c);
            else BytearrayType.append(b, String.valueOf(c));
        }
    }

    private static boolean hasIndex(Interpreter in, PyObject source) {
        return source instanceof PyInstance && in.builtinImpl.types.instances().defines(source, "__index__");
    }

    /**
     * An object with __index__ asks for that many zero bytes; when the count fails with a TypeError
     * (__index__ returned non-int) CPython drops it and reads the object as an iterable instead.
     */
    private static Long indexCount(Interpreter in, PyObject source) {
        if (!hasIndex(in, source)) return null;
        try {
            return Args.integer(source);
        } catch (PyRaise e) {
            if (!e.type.equals("TypeError")) throw e;
            in.exceptions.discard(e);
            return null;
        }
    }

    /** The bytes bytes(...) or bytearray(...) starts with. */
    private static String initial(Interpreter in, BytesLikeType t, List<PyObject> args, Map<String, PyObject> kw, String rangeMessage) {
        String name = t.name;
        if (args.size() > 3) throw new PyRaise("TypeError", name + "() takes at most 3 arguments (" + args.size() + " given)");
        PyObject source = Args.get(args, kw, 0, "source");
        PyObject encoding = Args.get(args, kw, 1, "encoding");
        PyObject errors = Args.get(args, kw, 2, "errors");
        if (source == null) {
            if (encoding != null || errors != null) {
                throw new PyRaise("TypeError", encoding != null ? "encoding without a string argument" : "errors without a string argument");
            }
            return "";
        }
        if (source instanceof PyStr s) {
            if (encoding == null) throw new PyRaise("TypeError", "string argument without an encoding");
            return Codecs.encode(s.value, Args.str(encoding), errors == null ? "strict" : Args.str(errors));
        }
        if (encoding != null) throw new PyRaise("TypeError", "encoding without a string argument");
        if (errors != null) throw new PyRaise("TypeError", "errors without a string argument");
        String buf = BytesLikeType.buffer(source);
        if (buf != null) return buf;
        Long count = indexCount(in, source);
        if (count != null || source instanceof PyInt) {
            long n = count != null ? count : Args.integer(source);
            if (n < 0) throw new PyRaise("ValueError", "negative count");
            if (n > 1_000_000) throw new PyRaise("MemoryError", "");
            return "\0".repeat((int) n);
        }
        if (source instanceof PyFloat || source instanceof PyNone) {
            throw new PyRaise("TypeError", "cannot convert '" + source.typeName() + "' object to " + name);
        }
        return t.constructedFrom(source, rangeMessage);
    }
}
