package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import com.studyhall.simulation.syntax.TokenType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;

/** Python semantics of the operators, truth, equality, str() and repr(). */
final class Ops {
    private final Values v;
    private final IdentityHashMap<PyObject, Boolean> reprActive = new IdentityHashMap<>();

    Ops(Values v) {
        this.v = v;
    }

    static PyRaise typeError(String msg) {
        return new PyRaise("TypeError", msg);
    }

    static String typeName(PyObject o) {
        return o.typeName();
    }

    boolean truthy(PyObject o) {
        if (o instanceof PyBool b) return b.truth();
        if (o instanceof PyNone) return false;
        if (o instanceof PyInt i) return i.value.signum() != 0;
        if (o instanceof PyFloat f) return f.value != 0;
        if (o instanceof PyStr s) return !s.value.isEmpty();
        if (o instanceof PyList l) return !l.items.isEmpty();
        if (o instanceof PyTuple t) return t.items.length > 0;
        if (o instanceof PyDict d) return !d.map.isEmpty();
        if (o instanceof PySet s) return s.size() > 0;
        if (o instanceof PyRange r) return r.length() > 0;
        return true;
    }

    // ---- equality and ordering ----

    boolean eq(PyObject a, PyObject b) {
        if (a == b) return !(a instanceof PyFloat f && Double.isNaN(f.value));
        if (isNumber(a) && isNumber(b)) return compareNumbers(a, b) == 0 && !isNaN(a) && !isNaN(b);
        if (a instanceof PyStr x && b instanceof PyStr y) return x.value.equals(y.value);
        if (a instanceof PyList x && b instanceof PyList y) return seqEq(x.items, y.items);
        if (a instanceof PyTuple x && b instanceof PyTuple y) return seqEq(List.of(x.items), List.of(y.items));
        if (a instanceof PyDict x && b instanceof PyDict y) {
            if (x.map.size() != y.map.size()) return false;
            for (PyObject[] e : x.map.values()) {
                PyObject other = y.get(e[0]);
                if (other == null || !eq(e[1], other)) return false;
            }
            return true;
        }
        if (a instanceof PySet x && b instanceof PySet y) {
            if (x.size() != y.size()) return false;
            for (PyObject m : x.members()) if (!y.contains(m)) return false;
            return true;
        }
        if (a instanceof PyWeakref x && b instanceof PyWeakref y) {
            // Weak references compare their referents while both are alive, else by identity.
            if (x.referent != null && y.referent != null) return eq(x.referent, y.referent);
            return false;
        }
        if (a instanceof PyRange x && b instanceof PyRange y) {
            return x.length() == y.length() && (x.length() == 0 || (x.start.equals(y.start)
                    && (x.length() == 1 || x.step.equals(y.step))));
        }
        return false;
    }

    private boolean seqEq(List<PyObject> a, List<PyObject> b) {
        if (a.size() != b.size()) return false;
        for (int i = 0; i < a.size(); i++) if (!eq(a.get(i), b.get(i))) return false;
        return true;
    }

    static boolean isNumber(PyObject o) {
        return o instanceof PyInt || o instanceof PyFloat;
    }

    private static boolean isNaN(PyObject o) {
        return o instanceof PyFloat f && Double.isNaN(f.value);
    }

    static int compareNumbers(PyObject a, PyObject b) {
        if (a instanceof PyInt x && b instanceof PyInt y) return x.value.compareTo(y.value);
        double da = toDouble(a);
        double db = toDouble(b);
        if (Double.isInfinite(da) || Double.isInfinite(db) || Double.isNaN(da) || Double.isNaN(db)) {
            return Double.compare(da, db);
        }
        return toDecimal(a).compareTo(toDecimal(b));
    }

    private static BigDecimal toDecimal(PyObject o) {
        return o instanceof PyInt i ? new BigDecimal(i.value) : new BigDecimal(((PyFloat) o).value);
    }

    static double toDouble(PyObject o) {
        if (o instanceof PyInt i) {
            double d = i.value.doubleValue();
            if (Double.isInfinite(d)) throw new PyRaise("OverflowError", "int too large to convert to float");
            return d;
        }
        return ((PyFloat) o).value;
    }

    /** <, <=, >, >=; raises TypeError like CPython for unorderable types. */
    boolean order(String op, PyObject a, PyObject b) {
        int c;
        if (isNumber(a) && isNumber(b)) {
            if (isNaN(a) || isNaN(b)) return false;
            c = compareNumbers(a, b);
        } else if (a instanceof PyStr x && b instanceof PyStr y) {
            c = x.value.compareTo(y.value);
        } else if (a instanceof PyList x && b instanceof PyList y) {
            return seqOrder(op, x.items, y.items);
        } else if (a instanceof PyTuple x && b instanceof PyTuple y) {
            return seqOrder(op, List.of(x.items), List.of(y.items));
        } else if (a instanceof PySet x && b instanceof PySet y && (op.equals("<=") || op.equals(">="))) {
            PySet small = op.equals("<=") ? x : y;
            PySet big = op.equals("<=") ? y : x;
            for (PyObject m : small.members()) if (!big.contains(m)) return false;
            return true;
        } else {
            throw typeError("'" + op + "' not supported between instances of '" + a.typeName() + "' and '"
                    + b.typeName() + "'");
        }
        return switch (op) {
            case "<" -> c < 0;
            case "<=" -> c <= 0;
            case ">" -> c > 0;
            default -> c >= 0;
        };
    }

    private boolean seqOrder(String op, List<PyObject> a, List<PyObject> b) {
        int n = Math.min(a.size(), b.size());
        for (int i = 0; i < n; i++) {
            if (!eq(a.get(i), b.get(i))) return order(op, a.get(i), b.get(i));
        }
        int c = Integer.compare(a.size(), b.size());
        return switch (op) {
            case "<" -> c < 0;
            case "<=" -> c <= 0;
            case ">" -> c > 0;
            default -> c >= 0;
        };
    }

    // ---- arithmetic (results are new references) ----

    PyObject binary(TokenType op, PyObject a, PyObject b) {
        SizeLimit.check(op, a, b);
        if (a instanceof PyInt x && b instanceof PyInt y) return intOp(op, x.value, y.value);
        if (isNumber(a) && isNumber(b)) return floatOp(op, toDouble(a), toDouble(b), a, b);
        switch (op) {
            case PLUS:
                if (a instanceof PyStr x && b instanceof PyStr y) return v.str(x.value + y.value);
                if (a instanceof PyList x && b instanceof PyList y) {
                    ArrayList<PyObject> items = new ArrayList<>(x.items);
                    items.addAll(y.items);
                    items.forEach(v.heap::incref);
                    return v.heap.alloc(new PyList(items, items.size()));
                }
                if (a instanceof PyTuple x && b instanceof PyTuple y) {
                    PyObject[] items = new PyObject[x.items.length + y.items.length];
                    System.arraycopy(x.items, 0, items, 0, x.items.length);
                    System.arraycopy(y.items, 0, items, x.items.length, y.items.length);
                    if (items.length == 0) return v.emptyTuple;
                    for (PyObject o : items) v.heap.incref(o);
                    return v.heap.alloc(new PyTuple(items));
                }
                if (a instanceof PyStr || a instanceof PyList || a instanceof PyTuple) {
                    throw typeError("can only concatenate " + a.typeName() + " (not \"" + b.typeName() + "\") to " + a.typeName());
                }
                break;
            case STAR:
                if ((a instanceof PyStr || a instanceof PyList || a instanceof PyTuple) && b instanceof PyInt n) return repeat(a, n);
                if ((b instanceof PyStr || b instanceof PyList || b instanceof PyTuple) && a instanceof PyInt n) return repeat(b, n);
                if (a instanceof PyStr || a instanceof PyList || a instanceof PyTuple || b instanceof PyStr
                        || b instanceof PyList || b instanceof PyTuple) {
                    PyObject seq = a instanceof PyStr || a instanceof PyList || a instanceof PyTuple ? a : b;
                    PyObject other = seq == a ? b : a;
                    throw typeError("can't multiply sequence by non-int of type '" + other.typeName() + "'");
                }
                break;
            case PERCENT:
                if (a instanceof PyStr fmt) return v.str(percentFormat(fmt.value, b));
                break;
            case MINUS:
                if (a instanceof PySet x && b instanceof PySet y) {
                    PySet out = v.heap.alloc(new PySet());
                    for (PyObject m : x.members()) if (!y.contains(m)) out.add(v.heap.newRef(m), v.heap);
                    return out;
                }
                break;
            case PIPE:
            case AMPER:
                if (a instanceof PySet x && b instanceof PySet y) {
                    PySet out = v.heap.alloc(new PySet());
                    if (op == TokenType.PIPE) {
                        // set_or: a copy of x (set_merge), then set_update with y (set_merge again).
                        out.copyTableIfSameSize(x, x.size());
                        for (PyObject m : x.members()) out.add(v.heap.newRef(m), v.heap);
                        out.reserveFor(y.size());
                        for (PyObject m : y.members()) out.add(v.heap.newRef(m), v.heap);
                    } else {
                        for (PyObject m : x.members()) if (y.contains(m)) out.add(v.heap.newRef(m), v.heap);
                    }
                    return out;
                }
                break;
            default:
                break;
        }
        throw typeError("unsupported operand type(s) for " + symbol(op) + ": '" + a.typeName() + "' and '"
                + b.typeName() + "'");
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
            if (next >= args.size()) throw typeError("not enough arguments for format string");
            PyObject x = args.get(next++);
            String spec = (m.group(1) == null ? "" : m.group(1).replace("#", "")) + (m.group(2) == null ? "" : m.group(2));
            String body;
            switch (type) {
                case 's' -> body = str(x);
                case 'r' -> body = repr(x);
                case 'd', 'i' -> {
                    if (!isNumber(x)) throw typeError("%" + type + " format: a real number is required, not " + x.typeName());
                    body = x instanceof PyInt i ? i.value.toString()
                            : new BigDecimal(((PyFloat) x).value).toBigInteger().toString();
                }
                case 'f', 'F' -> {
                    if (!isNumber(x)) throw typeError("must be real number, not " + x.typeName());
                    int prec = m.group(3) == null ? 6 : Integer.parseInt(m.group(3));
                    body = new BigDecimal(toDouble(x)).setScale(prec, java.math.RoundingMode.HALF_EVEN).toPlainString();
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
        if (next < args.size()) throw typeError("not all arguments converted during string formatting");
        return out.toString();
    }

    static String symbol(TokenType op) {
        return switch (op) {
            case PLUS -> "+";
            case MINUS -> "-";
            case STAR -> "*";
            case SLASH -> "/";
            case DOUBLE_SLASH -> "//";
            case PERCENT -> "%";
            case DOUBLE_STAR -> "** or pow()";
            case AMPER -> "&";
            case PIPE -> "|";
            case CARET -> "^";
            case SHIFT_LEFT -> "<<";
            case SHIFT_RIGHT -> ">>";
            default -> op.name();
        };
    }

    private PyObject repeat(PyObject seq, PyInt n) {
        int times = n.value.max(BigInteger.ZERO).min(BigInteger.valueOf(10_000_000)).intValue();
        if (seq instanceof PyStr s) {
            if ((long) s.value.length() * times > 10_000_000) throw new PyRaise("MemoryError", "");
            return v.str(s.value.repeat(times));
        }
        if (seq instanceof PyList l) {
            if ((long) l.items.size() * times > 1_000_000) throw new PyRaise("MemoryError", "");
            ArrayList<PyObject> items = new ArrayList<>();
            for (int i = 0; i < times; i++) items.addAll(l.items);
            items.forEach(v.heap::incref);
            return v.heap.alloc(new PyList(items, items.size()));
        }
        PyTuple t = (PyTuple) seq;
        if (times == 1) return v.heap.newRef(t);
        List<PyObject> items = new ArrayList<>();
        for (int i = 0; i < times; i++) items.addAll(List.of(t.items));
        if (items.isEmpty()) return v.emptyTuple;
        items.forEach(v.heap::incref);
        return v.heap.alloc(new PyTuple(items.toArray(new PyObject[0])));
    }

    PyObject intOp(TokenType op, BigInteger a, BigInteger b) {
        switch (op) {
            case PLUS: return v.integer(a.add(b));
            case MINUS: return v.integer(a.subtract(b));
            case STAR: return v.integer(a.multiply(b));
            case SLASH:
                if (b.signum() == 0) throw new PyRaise("ZeroDivisionError", "division by zero");
                return v.floating(new BigDecimal(a).divide(new BigDecimal(b), java.math.MathContext.DECIMAL128).doubleValue());
            case DOUBLE_SLASH:
                if (b.signum() == 0) throw new PyRaise("ZeroDivisionError", "integer division or modulo by zero");
                return v.integer(floorDiv(a, b));
            case PERCENT:
                if (b.signum() == 0) throw new PyRaise("ZeroDivisionError", "integer modulo by zero");
                return v.integer(a.subtract(floorDiv(a, b).multiply(b)));
            case DOUBLE_STAR:
                if (b.signum() < 0) {
                    if (a.signum() == 0) throw new PyRaise("ZeroDivisionError", "0.0 cannot be raised to a negative power");
                    return v.floating(Math.pow(a.doubleValue(), b.doubleValue()));
                }
                if ((long) a.bitLength() * b.longValue() > 1_000_000) throw new PyRaise("MemoryError", "");
                return v.integer(a.pow(b.intValueExact()));
            case AMPER: return v.integer(a.and(b));
            case PIPE: return v.integer(a.or(b));
            case CARET: return v.integer(a.xor(b));
            case SHIFT_LEFT:
                if (b.signum() < 0) throw new PyRaise("ValueError", "negative shift count");
                return v.integer(a.shiftLeft(b.intValue()));
            case SHIFT_RIGHT:
                if (b.signum() < 0) throw new PyRaise("ValueError", "negative shift count");
                return v.integer(a.shiftRight(b.min(BigInteger.valueOf(100000)).intValue()));
            default: throw typeError("unsupported operand");
        }
    }

    static BigInteger floorDiv(BigInteger a, BigInteger b) {
        BigInteger[] qr = a.divideAndRemainder(b);
        if (qr[1].signum() != 0 && (qr[1].signum() != b.signum())) return qr[0].subtract(BigInteger.ONE);
        return qr[0];
    }

    private PyObject floatOp(TokenType op, double a, double b, PyObject oa, PyObject ob) {
        switch (op) {
            case PLUS: return v.floating(a + b);
            case MINUS: return v.floating(a - b);
            case STAR: return v.floating(a * b);
            case SLASH:
                if (b == 0) throw new PyRaise("ZeroDivisionError", "float division by zero");
                return v.floating(a / b);
            case DOUBLE_SLASH: {
                if (b == 0) throw new PyRaise("ZeroDivisionError", "float floor division by zero");
                return v.floating(floatDivmod(a, b)[0]);
            }
            case PERCENT: {
                if (b == 0) throw new PyRaise("ZeroDivisionError", "float modulo");
                return v.floating(floatDivmod(a, b)[1]);
            }
            case DOUBLE_STAR:
                if (a == 0 && b < 0) throw new PyRaise("ZeroDivisionError", "0.0 cannot be raised to a negative power");
                return v.floating(Math.pow(a, b));
            default:
                throw typeError("unsupported operand type(s) for " + symbol(op) + ": '" + oa.typeName() + "' and '"
                        + ob.typeName() + "'");
        }
    }

    /** float_divmod from floatobject.c. */
    static double[] floatDivmod(double vx, double wx) {
        double mod = vx % wx;
        double div = (vx - mod) / wx;
        if (mod != 0) {
            if ((wx < 0) != (mod < 0)) {
                mod += wx;
                div -= 1.0;
            }
        } else {
            mod = Math.copySign(0.0, wx);
        }
        double floordiv;
        if (div != 0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) floordiv += 1.0;
        } else {
            floordiv = Math.copySign(0.0, vx / wx);
        }
        return new double[] {floordiv, mod};
    }

    // ---- str and repr ----

    String str(PyObject o) {
        if (o instanceof PyStr s) return s.value;
        return repr(o);
    }

    String repr(PyObject o) {
        if (o instanceof PyBool b) return b.truth() ? "True" : "False";
        if (o instanceof PyInt i) return i.value.toString();
        if (o instanceof PyFloat f) return Reprs.floatRepr(f.value);
        if (o instanceof PyStr s) return Reprs.strRepr(s.value);
        if (o instanceof PyNone) return "None";
        if (o instanceof PyList || o instanceof PyTuple || o instanceof PyDict || o instanceof PySet) {
            if (reprActive.containsKey(o)) {
                return o instanceof PyList ? "[...]" : o instanceof PyDict ? "{...}" : o instanceof PyTuple ? "(...)" : typeName(o) + "(...)";
            }
            reprActive.put(o, true);
            try {
                return containerRepr(o);
            } finally {
                reprActive.remove(o);
            }
        }
        if (o instanceof PyRange r) return Reprs.rangeRepr(r);
        if (o instanceof PyClass c) return "<class '__main__." + c.name + "'>";
        if (o instanceof PyFunction f) return "<function " + f.qualname + " at " + Reprs.address(f) + ">";
        if (o instanceof PyInstance i) return "<__main__." + i.cls.name + " object at " + Reprs.address(i) + ">";
        if (o instanceof PyBoundMethod m) {
            return "<bound method " + ((PyFunction) m.function).qualname + " of " + repr(m.self) + ">";
        }
        if (o instanceof PyBuiltin b) {
            if ("<type>".equals(b.owner) || (b.owner == null && b.self == null && Builtins.TYPE_NAMES.contains(b.name))) {
                return "<class '" + b.name + "'>";
            }
            if (b.self != null) return "<built-in method " + b.name + " of " + b.self.typeName() + " object at " + Reprs.address(b.self) + ">";
            return b.owner == null ? "<built-in function " + b.name + ">" : "<built-in function " + b.name + ">";
        }
        if (o instanceof PyModule m) return "<module '" + m.name + "' (built-in)>";
        if (o instanceof PyWeakref w) {
            if (w.referent == null) return "<weakref at " + Reprs.address(w) + "; dead>";
            return "<weakref at " + Reprs.address(w) + "; to '" + qualifiedType(w.referent) + "' at " + Reprs.address(w.referent) + ">";
        }
        if (o instanceof PyView view) {
            List<String> parts = new ArrayList<>();
            for (PyObject[] e : view.dict.map.values()) {
                parts.add(switch (view.kind) {
                    case "dict_keys" -> repr(e[0]);
                    case "dict_values" -> repr(e[1]);
                    default -> "(" + repr(e[0]) + ", " + repr(e[1]) + ")";
                });
            }
            return view.kind + "([" + String.join(", ", parts) + "])";
        }
        if (o instanceof PyIter it) return "<" + it.kind + " object at " + Reprs.address(it) + ">";
        return "<" + o.typeName() + " object>";
    }

    static String qualifiedType(PyObject o) {
        if (o instanceof PyInstance i) return i.cls.name;
        return o.typeName();
    }

    private String containerRepr(PyObject o) {
        StringBuilder b = new StringBuilder();
        if (o instanceof PyList l) {
            b.append('[');
            for (int i = 0; i < l.items.size(); i++) b.append(i > 0 ? ", " : "").append(repr(l.items.get(i)));
            return b.append(']').toString();
        }
        if (o instanceof PyTuple t) {
            b.append('(');
            for (int i = 0; i < t.items.length; i++) b.append(i > 0 ? ", " : "").append(repr(t.items[i]));
            if (t.items.length == 1) b.append(',');
            return b.append(')').toString();
        }
        if (o instanceof PyDict d) {
            b.append('{');
            boolean first = true;
            for (PyObject[] e : new ArrayList<>(d.map.values())) {
                b.append(first ? "" : ", ").append(repr(e[0])).append(": ").append(repr(e[1]));
                first = false;
            }
            return b.append('}').toString();
        }
        PySet s = (PySet) o;
        if (s.size() == 0) return "set()";
        b.append('{');
        boolean first = true;
        for (PyObject m : s.members()) {
            b.append(first ? "" : ", ").append(repr(m));
            first = false;
        }
        return b.append('}').toString();
    }
}
