package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * struct (Modules/_struct.c, 3.11): pack, unpack, calcsize, unpack_from and pack_into, with the
 * byte orders and codes of {@link StructFormats}. python3 loads the module at start-up, so its import
 * counts nothing. Like CPython, the functions compile each format once into a Struct object kept in
 * the module's cache dict (made on first use, cleared when it holds 100 formats), keyed by the format
 * object itself: a format str gains that reference, and a new format counts the dict, the Struct and
 * the one-argument tuple its call packs (PyObject_CallOneArg of the type, left on the free list).
 */
final class StructModule extends NativeModule {
    static final String ERROR = "struct.error";
    /** MAXCACHE. */
    private static final int CACHE_LIMIT = 100;
    private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private final Builtins p;
    /** state->cache: null until a function first needs a Struct. */
    private PyDict cache;

    StructModule(Interpreter in, Builtins builtins) {
        super("struct", in);
        this.p = builtins;
        exceptionClass("error", ERROR);
        function("pack", (args, kw) -> {
            if (args.isEmpty()) throw new PyRaise("TypeError", "missing format argument");
            return withStruct(args.get(0), s -> pack(s, "pack", args.subList(1, args.size())));
        });
        function("unpack", (args, kw) -> {
            if (args.size() != 2) throw new PyRaise("TypeError", "unpack expected 2 arguments, got " + args.size());
            return withStruct(args.get(0), s -> unpack(s, BytesLikeType.requireBuffer(args.get(1)), 0, "unpack"));
        });
        function("calcsize", (args, kw) -> {
            if (args.size() != 1) throw new PyRaise("TypeError", "_struct.calcsize() takes exactly one argument (" + args.size() + " given)");
            return withStruct(args.get(0), s -> v.integer(s.size));
        });
        keywordFunction("unpack_from", this::unpackFrom);
        function("pack_into", this::packInto);
    }

    @Override
    String qualify(String fname) {
        return "_struct." + fname;
    }

    /** cache_struct_converter: the cached Struct for the format, compiled and cached on a miss; released after body. */
    private PyObject withStruct(PyObject format, java.util.function.Function<PyStruct, PyObject> body) {
        if (cache == null) {
            cache = (PyDict) libraryValue("cache", this::startupCache);
            heap.decref(cache); // the module keeps it
        }
        PyObject found = cache.get(format);
        PyStruct s;
        if (found != null) {
            s = (PyStruct) heap.newRef(found);
        } else {
            s = (PyStruct) p.types.of(PyStruct.class).throughArgumentTuple(List.of(format), t -> newStruct(format));
            if (cache.map.size() >= CACHE_LIMIT) cache.clearAll(heap);
            heap.incref(format);
            heap.incref(s);
            cache.put(format, s, heap);
        }
        p.hold(s);
        try {
            return body.apply(s);
        } finally {
            p.unhold(s);
            heap.decref(s);
        }
    }

    /**
     * The cache as python3 has it when a program starts: zipfile's five formats, compiled while
     * site-packages was read (one is bytes). Made before the program, so not counted; a program's
     * equal format finds them, and the 96th new format clears them out.
     */
    private PyDict startupCache() {
        PyDict made = heap.allocPreexisting(new PyDict());
        for (String format : STARTUP_FORMATS) {
            boolean isBytes = format.startsWith("b:");
            String text = isBytes ? format.substring(2) : format;
            PyObject key = heap.allocPreexisting(isBytes ? new PyBytes(text) : new PyStr(text));
            PyStruct s = heap.allocPreexisting(new PyStruct(isBytes ? heap.newRef(key) : heap.allocPreexisting(new PyBytes(text))));
            StructFormats.Compiled c = StructFormats.compile(text);
            s.compiled(c.little(), c.nativeSizes(), c.codes(), c.size(), c.items());
            made.put(key, s, heap);
        }
        return made;
    }

    private static final List<String> STARTUP_FORMATS = List.of("b:<4s4H2LH", "<4s4B4HL2L5H2L", "<4s2B4HL2L2H", "<4sLQL", "<4sQ2H2L4Q");

    /** Struct(format): s_new makes the object (s_format None), then __init__ encodes and compiles the format. */
    PyStruct newStruct(PyObject format) {
        PyStruct made = heap.alloc(new PyStruct(heap.newRef(v.none)));
        try {
            PyObject encoded;
            if (format instanceof PyStr str) encoded = v.bytes(ascii(str.value));
            else if (format instanceof PyBytes) encoded = heap.newRef(format);
            else throw new PyRaise("TypeError", "Struct() argument 1 must be a str or bytes object, not " + format.typeName());
            heap.decref(made.format);
            made.format = encoded;
            StructFormats.Compiled c = StructFormats.compile(((PyBytes) encoded).value);
            made.compiled(c.little(), c.nativeSizes(), c.codes(), c.size(), c.items());
            return made;
        } catch (RuntimeException e) {
            heap.decref(made);
            throw e;
        }
    }

    /** PyUnicode_AsASCIIString's error for the first run of non-ASCII characters. */
    private static String ascii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < 128) continue;
            int end = i;
            while (end + 1 < s.length() && s.charAt(end + 1) >= 128) end++;
            String where = end == i ? "character '" + escaped(s.charAt(i)) + "' in position " + i
                    : "characters in position " + i + "-" + end;
            throw new PyRaise("UnicodeEncodeError", "'ascii' codec can't encode " + where + ": ordinal not in range(128)");
        }
        return s;
    }

    /** A character as the error's message shows it: \\xNN, \\uNNNN. */
    private static String escaped(char c) {
        return c < 0x100 ? String.format("\\x%02x", (int) c) : String.format("\\u%04x", (int) c);
    }

    // ---- packing ----

    PyObject pack(PyStruct s, String name, List<PyObject> values) {
        if (values.size() != s.items) {
            throw StructFormats.error(name + " expected " + s.items + " items for packing (got " + values.size() + ")");
        }
        char[] out = new char[s.size];
        packInto(s, values, out, 0);
        return v.bytes(new String(out));
    }

    private void packInto(PyStruct s, List<PyObject> values, char[] out, int base) {
        int next = 0;
        for (PyStruct.Code code : s.codes) {
            int at = base + code.offset();
            for (int r = 0; r < code.repeat(); r++, at += code.size()) {
                PyObject value = values.get(next++);
                packOne(s, code, value, out, at);
            }
        }
    }

    private void packOne(PyStruct s, PyStruct.Code code, PyObject value, char[] out, int at) {
        char c = code.format();
        switch (c) {
            case 's', 'p' -> {
                String data = value instanceof PyBytes b ? b.value : value instanceof PyBytearray b ? b.data.toString() : null;
                if (data == null) throw StructFormats.error("argument for '" + c + "' must be a bytes object");
                int n = data.length();
                if (c == 's') {
                    for (int i = 0; i < Math.min(n, code.size()); i++) out[at + i] = data.charAt(i);
                } else {
                    n = Math.min(Math.min(n, code.size() - 1), 255);
                    if (n < 0) n = 0;
                    for (int i = 0; i < n; i++) out[at + 1 + i] = data.charAt(i);
                    if (code.size() > 0) out[at] = (char) n;
                }
            }
            case 'c' -> {
                if (!(value instanceof PyBytes b) || b.value.length() != 1) {
                    throw StructFormats.error("char format requires a bytes object of length 1");
                }
                out[at] = b.value.charAt(0);
            }
            case '?' -> out[at] = (char) (in.ops.truthy(value) ? 1 : 0);
            case 'e', 'f', 'd' -> packFloat(s, c, value, out, at);
            default -> writeInt(out, at, code.size(), s.little, integerFor(s, c, code.size(), value));
        }
    }

    /** get_long and the range checks of each code, with CPython's messages. */
    private BigInteger integerFor(PyStruct s, char c, int size, PyObject value) {
        BigInteger n = integerValue(value);
        boolean unsigned = Character.isUpperCase(c);
        if (c == 'P') {
            if (n.compareTo(LONG_MIN) < 0 || n.compareTo(TWO_64) >= 0) throw StructFormats.error("int too large to convert");
            return n;
        }
        // Codes of 8 bytes, and unsigned 4-byte ones, convert with PyLong_AsLong/AsUnsignedLong only.
        if (size == 8 || (unsigned && size == 4)) {
            boolean fits = unsigned ? n.signum() >= 0 && n.compareTo(TWO_64) < 0 : n.compareTo(LONG_MIN) >= 0 && n.compareTo(LONG_MAX) <= 0;
            if (!fits) throw StructFormats.error("argument out of range");
        } else if (n.compareTo(LONG_MIN) < 0 || n.compareTo(LONG_MAX) > 0) {
            throw StructFormats.error("argument out of range");
        }
        if (size == 8) return n;
        BigInteger lo = unsigned ? BigInteger.ZERO : BigInteger.ONE.shiftLeft(size * 8 - 1).negate();
        BigInteger hi = unsigned ? BigInteger.ONE.shiftLeft(size * 8).subtract(BigInteger.ONE) : BigInteger.ONE.shiftLeft(size * 8 - 1).subtract(BigInteger.ONE);
        if (n.compareTo(lo) < 0 || n.compareTo(hi) > 0) {
            String named = switch (c) {
                case 'b' -> "byte";
                case 'B' -> "ubyte";
                case 'h' -> "short";
                case 'H' -> "ushort";
                default -> null;
            };
            String prefix = named != null ? named : "'" + c + "'";
            throw StructFormats.error(prefix + " format requires " + lo + " <= number <= " + hi);
        }
        return n;
    }

    /** get_pylong: an int as it is, else __index__'s, else "required argument is not an integer". */
    private BigInteger integerValue(PyObject value) {
        PyInt i = NumberIndex.of(value);
        if (i == null) throw StructFormats.error("required argument is not an integer");
        return i.value();
    }

    private static void writeInt(char[] out, int at, int size, boolean little, BigInteger n) {
        long bits = n.longValue(); // two's complement, low 64 bits
        for (int i = 0; i < size; i++) {
            char b = (char) ((bits >>> (8 * i)) & 0xff);
            out[little ? at + i : at + size - 1 - i] = b;
        }
    }

    private void packFloat(PyStruct s, char c, PyObject value, char[] out, int at) {
        double x = doubleValue(value);
        long bits;
        int size;
        try {
            if (c == 'd') {
                bits = Double.doubleToRawLongBits(x);
                size = 8;
            } else if (c == 'f') {
                float y = (float) x;
                // PyFloat_Pack4 of the standard tables refuses a finite value that becomes infinite; native 'f' casts.
                if (!s.nativeSizes && Float.isInfinite(y) && !Double.isInfinite(x)) {
                    throw new PyRaise("OverflowError", "float too large to pack with f format");
                }
                bits = Float.floatToRawIntBits(y) & 0xffffffffL;
                size = 4;
            } else {
                bits = HalfFloats.pack(x);
                size = 2;
            }
        } catch (PyRaise e) {
            // pack_internal: an OverflowError packing an int is struct.error's "int too large to convert".
            if (value instanceof PyInt) throw StructFormats.error("int too large to convert");
            throw e;
        }
        for (int i = 0; i < size; i++) out[s.little ? at + i : at + size - 1 - i] = (char) ((bits >>> (8 * i)) & 0xff);
    }

    /** PyFloat_AsDouble (a float, an int, a class's __float__ or __index__); its failure is "required argument is not a float". */
    private double doubleValue(PyObject value) {
        try {
            if (value instanceof PyFloat f) return f.value;
            if (value instanceof PyInt i) return FloatType.toDouble(i);
            if (value instanceof PyInstance) {
                PyObject converted = p.types.instances().toFloat(value);
                if (converted != null) {
                    double d = ((PyFloat) converted).value;
                    heap.decref(converted);
                    return d;
                }
                PyInt i = NumberIndex.of(value);
                if (i != null) return FloatType.toDouble(i);
            }
        } catch (PyRaise e) {
            if (!in.exceptions.is(e, "OverflowError")) throw e;
            in.exceptions.discard(e);
        }
        throw StructFormats.error("required argument is not a float");
    }

    // ---- unpacking ----

    PyObject unpack(PyStruct s, String data, int offset, String name) {
        if (offset == 0 && data.length() != s.size && name.equals("unpack")) {
            throw StructFormats.error("unpack requires a buffer of " + s.size + " bytes");
        }
        List<PyObject> items = new ArrayList<>();
        try {
            for (PyStruct.Code code : s.codes) {
                int at = offset + code.offset();
                for (int r = 0; r < code.repeat(); r++, at += code.size()) items.add(unpackOne(s, code, data, at));
            }
        } catch (RuntimeException e) {
            for (PyObject o : items) heap.decref(o);
            throw e;
        }
        return heap.alloc(new PyTuple(items.toArray(new PyObject[0])));
    }

    private PyObject unpackOne(PyStruct s, PyStruct.Code code, String data, int at) {
        char c = code.format();
        switch (c) {
            case 's':
                return v.bytes(data.substring(at, at + code.size()));
            case 'p': {
                int n = code.size() == 0 ? 0 : data.charAt(at);
                if (n >= code.size()) n = code.size() - 1;
                return v.bytes(n <= 0 ? "" : data.substring(at + 1, at + 1 + n));
            }
            case 'c':
                return v.bytes(data.substring(at, at + 1));
            case '?':
                return v.bool(data.charAt(at) != 0);
            default:
                break;
        }
        long bits = 0;
        for (int i = 0; i < code.size(); i++) {
            long b = data.charAt(s.little ? at + i : at + code.size() - 1 - i) & 0xff;
            bits |= b << (8 * i);
        }
        switch (c) {
            case 'd': return v.floating(Double.longBitsToDouble(bits));
            case 'f': return v.floating(Float.intBitsToFloat((int) bits));
            case 'e': return v.floating(HalfFloats.unpack((int) bits));
            default: break;
        }
        if (Character.isUpperCase(c) || c == 'P') {
            if (code.size() == 8 && bits < 0) return v.integer(new BigInteger(Long.toUnsignedString(bits)));
            return v.integer(bits);
        }
        int shift = 64 - 8 * code.size();
        return v.integer((bits << shift) >> shift);
    }

    /** unpack_from(format, /, buffer, offset=0). */
    private PyObject unpackFrom(List<PyObject> args, Map<String, PyObject> kw) {
        for (String k : kw.keySet()) {
            if (!k.equals("buffer") && !k.equals("offset")) {
                throw new PyRaise("TypeError", "unpack_from() got an unexpected keyword argument '" + k + "'");
            }
        }
        if (args.isEmpty()) throw new PyRaise("TypeError", "unpack_from() missing required argument 'format' (pos 1)");
        if (args.size() > 3) throw new PyRaise("TypeError", "unpack_from() takes at most 3 arguments (" + args.size() + " given)");
        PyObject buffer = Args.get(args, kw, 1, "buffer");
        if (buffer == null) throw new PyRaise("TypeError", "unpack_from() missing required argument 'buffer' (pos 2)");
        PyObject offsetArg = Args.get(args, kw, 2, "offset");
        return withStruct(args.get(0), s -> {
            String data = BytesLikeType.requireBuffer(buffer);
            long offset = offsetArg == null ? 0 : Args.integer(offsetArg);
            if (offset < 0) {
                if (offset + s.size > 0) {
                    throw StructFormats.error("not enough data to unpack " + s.size + " bytes at offset " + offset);
                }
                if (offset + data.length() < 0) {
                    throw StructFormats.error("offset " + offset + " out of range for " + data.length() + "-byte buffer");
                }
                offset += data.length();
            }
            if (data.length() - offset < s.size) {
                throw StructFormats.error("unpack_from requires a buffer of at least " + (s.size + offset) + " bytes for unpacking "
                        + s.size + " bytes at offset " + offset + " (actual buffer size is " + data.length() + ")");
            }
            return unpack(s, data, (int) offset, "unpack_from");
        });
    }

    /** pack_into(format, buffer, offset, *v): into a bytearray (the writable buffer the lab has). */
    private PyObject packInto(List<PyObject> args, Map<String, PyObject> kw) {
        if (args.isEmpty()) throw new PyRaise("TypeError", "missing format argument");
        return withStruct(args.get(0), s -> {
            if (args.size() != s.items + 3) {
                if (args.size() == 1) throw StructFormats.error("pack_into expected buffer argument");
                if (args.size() == 2) throw StructFormats.error("pack_into expected offset argument");
                throw StructFormats.error("pack_into expected " + s.items + " items for packing (got " + (args.size() - 3) + ")");
            }
            PyObject buffer = args.get(1);
            if (!(buffer instanceof PyBytearray target)) {
                if (BytesLikeType.buffer(buffer) == null) {
                    throw new PyRaise("TypeError", "argument must be read-write bytes-like object, not " + buffer.typeName());
                }
                if (buffer instanceof PyBytes) throw new PyRaise("TypeError", "argument must be read-write bytes-like object, not bytes");
                throw new PyRaise("TypeError", "pack_into into a " + buffer.typeName() + " is not supported in the memory lab");
            }
            long offset = Args.integer(args.get(2));
            int length = target.data.length();
            if (offset < 0) {
                if (offset + s.size > 0) throw StructFormats.error("no space to pack " + s.size + " bytes at offset " + offset);
                if (offset + length < 0) throw StructFormats.error("offset " + offset + " out of range for " + length + "-byte buffer");
                offset += length;
            }
            if (length - offset < s.size) {
                throw StructFormats.error("pack_into requires a buffer of at least " + (s.size + offset) + " bytes for packing "
                        + s.size + " bytes at offset " + offset + " (actual buffer size is " + length + ")");
            }
            char[] out = new char[s.size];
            for (int i = 0; i < s.size; i++) out[i] = target.data.charAt((int) offset + i);
            packInto(s, args.subList(3, args.size()), out, 0);
            target.data.replace((int) offset, (int) offset + s.size, new String(out));
            return v.none;
        });
    }
}
