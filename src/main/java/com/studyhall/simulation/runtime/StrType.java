package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import com.studyhall.simulation.syntax.TokenType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** str: an immutable sequence of characters, its operators, printf-style % and its methods. */
final class StrType extends BuiltinType {
    StrType(Interpreter in) {
        super("str", null, in);
        method("replace", (self, args, kw) -> {
            String a = ((PyStr) args.get(0)).value;
            String b = ((PyStr) args.get(1)).value;
            if (a.isEmpty()) throw noAttribute(self, "replace");
            return v.str(value(self).replace(a, b));
        });
        method("startswith", (self, args, kw) -> v.bool(value(self).startsWith(((PyStr) args.get(0)).value)));
        method("endswith", (self, args, kw) -> v.bool(value(self).endsWith(((PyStr) args.get(0)).value)));
        method("find", (self, args, kw) -> v.integer(value(self).indexOf(((PyStr) args.get(0)).value)));
        method("count", (self, args, kw) -> {
            String s = value(self);
            String sub = ((PyStr) args.get(0)).value;
            if (sub.isEmpty()) return v.integer(s.length() + 1);
            int n = 0;
            for (int i = s.indexOf(sub); i >= 0; i = s.indexOf(sub, i + sub.length())) n++;
            return v.integer(n);
        });
        method("isdigit", (self, args, kw) -> v.bool(!value(self).isEmpty() && value(self).chars().allMatch(Character::isDigit)));
        method("isalpha", (self, args, kw) -> v.bool(!value(self).isEmpty() && value(self).chars().allMatch(Character::isLetter)));
        method("lstrip", (self, args, kw) -> v.str(value(self).stripLeading()));
        method("rstrip", (self, args, kw) -> v.str(value(self).stripTrailing()));
        method("upper", (self, args, kw) -> v.str(value(self).toUpperCase()));
        method("lower", (self, args, kw) -> v.str(value(self).toLowerCase()));
        method("strip", (self, args, kw) -> v.str(value(self).strip()));
        method("join", (self, args, kw) -> {
            StringBuilder b = new StringBuilder();
            List<PyObject> items = builtins().iterate(args.get(0));
            for (int i = 0; i < items.size(); i++) {
                if (!(items.get(i) instanceof PyStr part)) {
                    throw new PyRaise("TypeError", "sequence item " + i + ": expected str instance, " + items.get(i).typeName() + " found");
                }
                if (i > 0) b.append(value(self));
                b.append(part.value);
            }
            return v.str(b.toString());
        });
        method("split", (self, args, kw) -> {
            String s = value(self);
            String[] parts = args.isEmpty() ? s.strip().split("\\s+") : s.split(java.util.regex.Pattern.quote(((PyStr) args.get(0)).value), -1);
            ArrayList<PyObject> items = new ArrayList<>();
            if (!(args.isEmpty() && s.isBlank())) for (String p : parts) items.add(v.str(p));
            PyList l = heap.alloc(new PyList(items, 0));
            l.allocated = items.size();
            return l;
        });
    }

    private static String value(PyObject o) {
        return ((PyStr) o).value;
    }

    @Override
    long len(PyObject o) {
        String s = value(o);
        return s.codePointCount(0, s.length());
    }

    @Override
    boolean truthy(PyObject o) {
        return !value(o).isEmpty();
    }

    @Override
    String repr(PyObject o) {
        return Reprs.strRepr(value(o));
    }

    @Override
    String str(PyObject o) {
        return value(o);
    }

    @Override
    boolean eq(PyObject a, PyObject b) {
        return b instanceof PyStr y && value(a).equals(y.value);
    }

    @Override
    Boolean order(String op, PyObject a, PyObject b) {
        if (!(b instanceof PyStr y)) return null;
        return compare(op, value(a).compareTo(y.value));
    }

    @Override
    PyObject binary(TokenType op, PyObject a, PyObject b) {
        switch (op) {
            case PLUS:
                if (b instanceof PyStr y) return v.str(value(a) + y.value);
                throw ListType.cannotConcatenate(a, b);
            case STAR:
                return repeat(a, ListType.repeatCount(a, b));
            case PERCENT:
                return v.str(percentFormat(value(a), b));
            default:
                return null;
        }
    }

    @Override
    PyObject reflected(TokenType op, PyObject a, PyObject b) {
        return op == TokenType.STAR ? repeat(b, ListType.repeatCount(b, a)) : null;
    }

    private PyObject repeat(PyObject o, int times) {
        String s = value(o);
        if ((long) s.length() * times > 10_000_000) throw new PyRaise("MemoryError", "");
        return v.str(s.repeat(times));
    }

    @Override
    PyObject getItem(PyObject o, PyObject key) {
        String s = value(o);
        return v.str(String.valueOf(s.charAt((int) index(key, s.length(), "string"))));
    }

    @Override
    PyObject slice(PyObject o, SliceValue slice) {
        String s = value(o);
        StringBuilder b = new StringBuilder();
        for (int i : slice.indexes(s.length())) b.append(s.charAt(i));
        if (b.length() == s.length() && slice.step instanceof PyNone) return heap.newRef(o);
        return v.str(b.toString());
    }

    @Override
    PyObject iter(PyObject o) {
        heap.incref(o);
        return heap.alloc(new PyIter("str_ascii_iterator", o));
    }

    @Override
    List<PyObject> items(PyObject o) {
        return IterType.drain(builtins(), heap, o);
    }

    @Override
    boolean contains(PyObject container, PyObject item) {
        if (!(item instanceof PyStr sub)) {
            throw new PyRaise("TypeError", "'in <string>' requires string as left operand, not " + item.typeName());
        }
        return value(container).contains(sub.value);
    }

    /** printf-style formatting for %s, %r, %d, %i, %f, %x and %%, with flags, width and precision. */
    private String percentFormat(String fmt, PyObject arg) {
        List<PyObject> args = arg instanceof PyTuple t ? List.of(t.items) : List.of(arg);
        StringBuilder out = new StringBuilder();
        int next = 0;
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("%([-+ 0#]*)(\\d+)?(?:\\.(\\d+))?([a-zA-Z%])").matcher(fmt);
        int last = 0;
        while (m.find()) {
            out.append(fmt, last, m.start());
            last = m.end();
            char type = m.group(4).charAt(0);
            if (type == '%') {
                out.append('%');
                continue;
            }
            if (next >= args.size()) throw Ops.typeError("not enough arguments for format string");
            PyObject x = args.get(next++);
            String spec = (m.group(1) == null ? "" : m.group(1).replace("#", "")) + (m.group(2) == null ? "" : m.group(2));
            String body;
            switch (type) {
                case 's' -> body = ops().str(x);
                case 'r' -> body = ops().repr(x);
                case 'd', 'i' -> {
                    if (!FloatType.isNumber(x)) throw Ops.typeError("%" + type + " format: a real number is required, not " + x.typeName());
                    body = x instanceof PyInt i ? i.value.toString()
                            : new BigDecimal(((PyFloat) x).value).toBigInteger().toString();
                }
                case 'f', 'F' -> {
                    if (!FloatType.isNumber(x)) throw Ops.typeError("must be real number, not " + x.typeName());
                    int prec = m.group(3) == null ? 6 : Integer.parseInt(m.group(3));
                    body = new BigDecimal(FloatType.toDouble(x)).setScale(prec, java.math.RoundingMode.HALF_EVEN).toPlainString();
                }
                case 'x' -> body = ((PyInt) x).value.toString(16);
                default -> throw new PyRaise("ValueError", "unsupported format character '" + type + "'");
            }
            int width = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            boolean left = spec.contains("-");
            boolean zero = spec.contains("0") && !left && type != 's' && type != 'r';
            while (body.length() < width) body = left ? body + " " : zero ? "0" + body : " " + body;
            out.append(body);
        }
        out.append(fmt.substring(last));
        if (next < args.size()) throw Ops.typeError("not all arguments converted during string formatting");
        return out.toString();
    }
}
