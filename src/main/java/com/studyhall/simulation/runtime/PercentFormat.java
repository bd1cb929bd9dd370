package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import com.studyhall.simulation.library.FloatText;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

/**
 * printf-style {@code str % args}: CPython's {@code PyUnicode_Format} with its flags, * widths, (key)
 * lookups and errors; and {@code bytes % args} (bytearray's too), {@code _PyBytes_FormatEx}: the
 * format's bytes are chars 0-255 here, %s and %b take a bytes-like object or __bytes__, %r is %a,
 * %c a byte, mapping keys are bytes, and its own wordings of the errors.
 */
final class PercentFormat {
    private final Interpreter in;
    private final String fmt;
    private final List<PyObject> args;
    private final PyObject mapping;
    private final boolean single;
    /** Formatting bytes (bytes_mod, bytearray_mod) rather than str. */
    private final boolean bytes;
    private int next;
    private int i;

    PercentFormat(Interpreter in, String fmt, PyObject arg) {
        this(in, fmt, arg, false);
    }

    PercentFormat(Interpreter in, String fmt, PyObject arg, boolean bytes) {
        this.in = in;
        this.bytes = bytes;
        this.fmt = fmt;
        this.single = !(arg instanceof PyTuple);
        this.args = arg instanceof PyTuple t ? List.of(t.items) : List.of(arg);
        this.mapping = isMapping(arg, bytes) ? arg : null;
    }

    /**
     * PyUnicode_Format's PyMapping_Check (bytes_mod: an mp_subscript) on the right operand: any
     * object with a mapping subscript but a tuple or a str (for bytes, nor bytes or bytearray) is
     * taken for the (key) lookups, and then no argument is left over ('x' % [1] is 'x').
     */
    private boolean isMapping(PyObject arg, boolean bytes) {
        PyObject o = arg instanceof PyInstance i && i.body != null ? i.body : arg;
        if (o instanceof PyTuple || o instanceof PyStr) return false;
        if (bytes && (o instanceof PyBytes || o instanceof PyBytearray)) return false;
        if (o instanceof PyDict || o instanceof PyList || o instanceof PyBytes || o instanceof PyBytearray || o instanceof PyRange
                || o instanceof PyMemoryView || o instanceof PyArray || o instanceof PyChainMap || o instanceof PyMappingProxy
                || o instanceof PyRegexMatch || o instanceof PyProxy || o instanceof PyGenericAlias) {
            return true;
        }
        if (o instanceof PyWeakContainer w) return !w.kind.equals("WeakSet");
        return arg instanceof PyInstance && in.builtinImpl.types.instances().defines(arg, "__getitem__");
    }

    /**
     * The str object written for a %s, %r or %a conversion that ends the format (the writer stops
     * overallocating before it) into a still empty writer, on unicode_format_arg_output's fast path
     * (no padding, no truncation, no + or space flag): the writer keeps it, and it is the result.
     */
    private PyObject kept;

    /**
     * The formatted str (a new reference). {@code self} is the format when it is an exact str: a
     * format without any '%' is written as one whole substring at the end, which the writer keeps.
     */
    PyObject result(PyObject self) {
        try {
            String text = format();
            if (kept == null && self != null && fmt.indexOf('%') < 0) return in.heap.newRef(self);
            return kept != null ? kept : in.values.str(text);
        } catch (RuntimeException ex) {
            if (kept != null) in.heap.decref(kept);
            throw ex;
        }
    }

    /** bytes % args: the result's bytes as chars 0-255 (the caller makes the bytes or bytearray). */
    String bytesText() {
        return format();
    }

    private String format() {
        StringBuilder out = new StringBuilder();
        while (i < fmt.length()) {
            char c = fmt.charAt(i++);
            if (c != '%') {
                out.append(c);
                continue;
            }
            out.append(conversion(out.length() == 0));
        }
        if (next < args.size() && mapping == null) {
            throw new PyRaise("TypeError", "not all arguments converted during " + (bytes ? "bytes" : "string") + " formatting");
        }
        return out.toString();
    }

    private char peek() {
        if (i >= fmt.length()) throw new PyRaise("ValueError", "incomplete format");
        return fmt.charAt(i);
    }

    private PyObject nextArg() {
        if (next >= args.size()) throw new PyRaise("TypeError", "not enough arguments for format string");
        return args.get(next++);
    }

    /** Everything after one '%': flags, width, precision, type. */
    private String conversion(boolean emptySoFar) {
        PyObject keyed = null;
        if (peek() == '(') {
            int close = fmt.indexOf(')', i);
            if (close < 0) throw new PyRaise("ValueError", "incomplete format key");
            if (mapping == null) throw new PyRaise("TypeError", "format requires a mapping");
            String name = fmt.substring(i + 1, close);
            PyObject key = bytes ? in.values.bytes(name) : in.values.str(name);
            try {
                keyed = in.getItem(mapping, key);
                in.heap.decref(keyed); // the mapping still holds it while we format
            } finally {
                in.heap.decref(key);
            }
            i = close + 1;
            // The key's value stands in for the arguments, once (arglen -1, argidx -2): a later
            // positional conversion finds none left ('%(a)s %s' % d: not enough arguments).
            next = args.size();
        }
        String flags = "";
        while ("-+ #0".indexOf(peek()) >= 0) flags += fmt.charAt(i++);
        int width = number(true);
        int precision = -1;
        if (peek() == '.') {
            i++;
            precision = Math.max(0, number(false));
        }
        while ("hlL".indexOf(peek()) >= 0) i++;
        char type = fmt.charAt(i++);
        if (type == '%') return "%";
        if (width < 0) {
            flags += "-";
            width = -width;
        }
        PyObject x = keyed != null ? keyed : nextArg();
        if (bytes && "sbra".indexOf(type) >= 0) return convert(type == 'b' ? 's' : type, flags, width, precision, x, bytesText(x, type));
        if ("sra".indexOf(type) < 0) return convert(type, flags, width, precision, x, null);
        PyObject text = StrObjects.converted(in, x, type);
        String body = StrObjects.text(text);
        int chars = body.codePointCount(0, body.length());
        if (emptySoFar && i == fmt.length() && width <= chars && (precision < 0 || precision >= chars)
                && !flags.contains("+") && !flags.contains(" ")) {
            kept = text;
            return body;
        }
        in.heap.decref(text);
        return convert(type, flags, width, precision, x, body);
    }

    /**
     * The bytes a %s, %b, %r or %a conversion writes: a bytes-like object's own, __bytes__'s result;
     * for %r and %a the object's ascii() (PyObject_ASCII, then its ASCII bytes).
     */
    private String bytesText(PyObject x, char type) {
        if (type == 'r' || type == 'a') {
            PyObject text = StrObjects.ascii(in, x);
            String body = StrObjects.text(text);
            in.heap.decref(text);
            return body;
        }
        String own = BytesLikeType.buffer(x);
        if (own != null) return own;
        PyObject made = x instanceof PyInstance ? in.builtinImpl.types.instances().special(x, "__bytes__") : null;
        if (made == null) {
            throw new PyRaise("TypeError", "%b requires a bytes-like object, or an object that implements __bytes__, not '" + x.typeName() + "'");
        }
        if (!(made instanceof PyBytes b)) {
            String madeType = made.typeName();
            in.heap.decref(made);
            throw new PyRaise("TypeError", "__bytes__ returned non-bytes (type " + madeType + ")");
        }
        in.heap.decref(made);
        return b.value;
    }

    /** A width or precision: digits, or '*' taking the next argument; -1 when absent (precision). */
    private int number(boolean isWidth) {
        if (peek() == '*') {
            i++;
            PyObject o = nextArg();
            if (!(o instanceof PyInt n)) throw new PyRaise("TypeError", "* wants int");
            return n.value().intValue();
        }
        int start = i;
        while (Character.isDigit(peek())) i++;
        return i == start ? (isWidth ? 0 : 0) : Integer.parseInt(fmt.substring(start, i));
    }

    /** {@code text} is the str, repr or ascii of x for %s, %r and %a. */
    /** formatchar's PyLong_AsLongAndOverflow: __index__'s int, its TypeError becoming "%c requires int or char". */
    private PyObject charCode(PyObject x) {
        try {
            return in.builtinImpl.types.instances().index(x);
        } catch (PyRaise e) {
            if (!e.type.equals("TypeError")) throw e;
            in.exceptions.discard(e);
            throw new PyRaise("TypeError", "%c requires int or char");
        }
    }

    /** mainformatlong: PyNumber_Long for %d, %i, %u; _PyNumber_Index for %o, %x, %X. */
    private boolean convertsToInt(PyObject x, char type) {
        InstanceType instances = in.builtinImpl.types.instances();
        return instances.defines(x, "__index__") || "diu".indexOf(type) >= 0 && instances.defines(x, "__int__");
    }

    /** The conversion's value; its TypeError (__index__ returned non-int) becomes the format's own. */
    private BigInteger instanceNumber(PyObject x, char type) {
        InstanceType instances = in.builtinImpl.types.instances();
        try {
            if ("diu".indexOf(type) < 0) return instances.index(x).value();
            PyObject r = instances.toInt(x);
            BigInteger n = ((PyInt) r).value();
            in.heap.decref(r);
            return n;
        } catch (PyRaise e) {
            if (!e.type.equals("TypeError")) throw e;
            in.exceptions.discard(e);
            throw new PyRaise("TypeError", "%" + type + " format: " + ("diu".indexOf(type) >= 0 ? "a real number" : "an integer")
                    + " is required, not " + x.typeName());
        }
    }

    /** bytes' %c (byte_converter): a bytes or bytearray of one byte, or an int in range(256) (through __index__). */
    private String byteChar(PyObject x) {
        if ((x instanceof PyBytes || x instanceof PyBytearray) && BytesLikeType.buffer(x).length() == 1) return BytesLikeType.buffer(x);
        PyObject n = x instanceof PyInstance && in.builtinImpl.types.instances().defines(x, "__index__") ? in.builtinImpl.types.instances().index(x) : x;
        if (!(n instanceof PyInt)) throw new PyRaise("TypeError", "%c requires an integer in range(256) or a single byte");
        java.math.BigInteger value = ((PyInt) n).value(); // index() released __index__'s int already
        if (value.signum() < 0 || value.compareTo(BigInteger.valueOf(255)) > 0) throw new PyRaise("OverflowError", "%c arg not in range(256)");
        return String.valueOf((char) value.intValue());
    }

    private String convert(char type, String flags, int width, int precision, PyObject x, String text) {
        boolean left = flags.contains("-");
        boolean alt = flags.contains("#");
        String sign = flags.contains("+") ? "+" : flags.contains(" ") ? " " : "";
        String body;
        String prefix = "";
        boolean numeric = true;
        switch (type) {
            case 's', 'r', 'a' -> {
                numeric = false;
                body = text;
                if (precision >= 0 && body.codePointCount(0, body.length()) > precision) {
                    body = body.substring(0, body.offsetByCodePoints(0, precision)); // characters, not UTF-16 units
                }
            }
            case 'c' -> {
                numeric = false;
                if (bytes) {
                    body = byteChar(x);
                    break;
                }
                if (x instanceof PyInstance && in.builtinImpl.types.instances().defines(x, "__index__")) x = charCode(x);
                if (x instanceof PyStr s && s.value.length() == 1) body = s.value;
                else if (x instanceof PyInt n && n.value().signum() >= 0 && n.value().compareTo(BigInteger.valueOf(0x10ffff)) <= 0) {
                    body = new String(Character.toChars(n.value().intValue()));
                } else if (x instanceof PyInt) {
                    throw new PyRaise("OverflowError", "%c arg not in range(0x110000)");
                } else {
                    throw new PyRaise("TypeError", "%c requires int or char");
                }
            }
            case 'd', 'i', 'u', 'o', 'x', 'X' -> {
                x = EnumClasses.isMixinMember(x) ? BuiltinBases.receiver(x) : x; // an (int, Enum) member is its int here
                BigInteger n;
                if (x instanceof PyInt k) n = k.value();
                else if (x instanceof PyFloat f && "diu".indexOf(type) >= 0) {
                    if (Double.isNaN(f.value) || Double.isInfinite(f.value)) {
                        throw new PyRaise(Double.isNaN(f.value) ? "ValueError" : "OverflowError",
                                Double.isNaN(f.value) ? "cannot convert float NaN to integer" : "cannot convert float infinity to integer");
                    }
                    n = new BigDecimal(f.value).toBigInteger();
                } else if (x instanceof PyInstance && convertsToInt(x, type)) {
                    n = instanceNumber(x, type);
                } else if ("diu".indexOf(type) >= 0) {
                    throw new PyRaise("TypeError", "%" + type + " format: a real number is required, not " + x.typeName());
                } else {
                    throw new PyRaise("TypeError", "%" + type + " format: an integer is required, not " + x.typeName());
                }
                int radix = type == 'o' ? 8 : (type == 'x' || type == 'X') ? 16 : 10;
                body = n.abs().toString(radix);
                if (type == 'X') body = body.toUpperCase();
                if (precision > body.length()) body = "0".repeat(precision - body.length()) + body;
                if (alt && radix != 10) prefix = "0" + type;
                if (n.signum() < 0) sign = "-";
            }
            case 'e', 'E', 'f', 'F', 'g', 'G' -> {
                // PyFloat_AsDouble: an instance converts through its class's __float__.
                x = EnumClasses.isMixinMember(x) ? BuiltinBases.receiver(x) : x;
                PyObject converted = x instanceof PyInstance ? in.builtinImpl.types.instances().toFloat(x) : null;
                double d;
                if (converted != null) {
                    d = ((PyFloat) converted).value;
                    in.heap.decref(converted);
                } else {
                    if (!(x instanceof PyInt || x instanceof PyFloat)) {
                        throw new PyRaise("TypeError", (bytes ? "float argument required, not " : "must be real number, not ") + x.typeName());
                    }
                    d = x instanceof PyInt k ? FloatType.toDouble(k) : ((PyFloat) x).value;
                }
                body = FloatText.format(d, type, precision < 0 ? 6 : precision, alt);
                if (body.startsWith("-")) {
                    sign = "-";
                    body = body.substring(1);
                }
            }
            default -> throw new PyRaise("ValueError", String.format("unsupported format character '%c' (0x%x) at index %d", type, (int) type, i - 1));
        }
        if (!numeric) sign = "";
        String head = sign + prefix;
        int padding = width - head.codePointCount(0, head.length()) - body.codePointCount(0, body.length());
        if (padding <= 0) return head + body;
        if (left) return head + body + " ".repeat(padding);
        if (numeric && flags.contains("0") && !(body.startsWith("inf") || body.startsWith("nan"))) return head + "0".repeat(padding) + body;
        return " ".repeat(padding) + head + body;
    }
}
