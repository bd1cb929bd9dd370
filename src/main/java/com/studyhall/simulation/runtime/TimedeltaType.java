package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import com.studyhall.simulation.syntax.TokenType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * datetime.timedelta (Modules/_datetimemodule.c, 3.11): normalization, arithmetic, comparisons,
 * repr and str. Operations that go through microseconds_to_delta count the two divmod() 2-tuples
 * it makes and frees (the second reuses the first's free-list slot).
 */
final class TimedeltaType extends BuiltinType {
    static final long MAX_DAYS = 999_999_999L;
    private static final BigInteger US_PER_DAY = BigInteger.valueOf(86_400_000_000L);
    private static final String[] KEYWORDS = {"days", "seconds", "microseconds", "milliseconds", "minutes", "hours", "weeks"};
    private static final long[] FACTORS = {86_400_000_000L, 1_000_000L, 1L, 1_000L, 60_000_000L, 3_600_000_000L, 604_800_000_000L};

    TimedeltaType(Interpreter in) {
        super("datetime.timedelta", null, in);
        method("total_seconds", (self, args, kw) -> {
            Args.count("timedelta.total_seconds", args, 0, 0);
            // delta_to_microseconds, then a true division of two ints: correctly rounded.
            return v.floating(ExactRatio.divide(us(self), BigInteger.valueOf(1_000_000L)));
        });
    }

    /** timedelta(days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0): delta_new's accum. */
    PyObject construct(List<PyObject> args, Map<String, PyObject> kwargs) {
        if (args.size() > 7) throw new PyRaise("TypeError", "__new__() takes at most 7 arguments (" + args.size() + " given)");
        PyObject[] given = new PyObject[7];
        for (int i = 0; i < args.size(); i++) given[i] = args.get(i);
        for (Map.Entry<String, PyObject> e : kwargs.entrySet()) {
            int i = List.of(KEYWORDS).indexOf(e.getKey());
            if (i < 0) throw new PyRaise("TypeError", "'" + e.getKey() + "' is an invalid keyword argument for __new__()");
            if (given[i] != null) {
                throw new PyRaise("TypeError", "argument for __new__() given by name ('" + e.getKey() + "') and position (" + (i + 1) + ")");
            }
            given[i] = e.getValue();
        }
        BigInteger sum = BigInteger.ZERO;
        double leftover = 0;
        // delta_new adds microseconds, milliseconds, seconds, minutes, hours, days, weeks in that order.
        for (int i : new int[] {2, 3, 1, 4, 5, 0, 6}) {
            PyObject o = given[i];
            if (o == null) continue;
            PyObject n = BuiltinBases.receiver(o);
            BigInteger factor = BigInteger.valueOf(FACTORS[i]);
            if (n instanceof PyInt k) {
                sum = sum.add(k.value().multiply(factor));
            } else if (n instanceof PyFloat f) {
                double whole = f.value < 0 ? Math.ceil(f.value) : Math.floor(f.value);
                double frac = f.value - whole;
                sum = sum.add(wholeOf(whole).multiply(factor));
                if (frac != 0) {
                    double scaled = FACTORS[i] * frac;
                    double wholeScaled = scaled < 0 ? Math.ceil(scaled) : Math.floor(scaled);
                    sum = sum.add(wholeOf(wholeScaled));
                    leftover += scaled - wholeScaled;
                }
            } else {
                throw new PyRaise("TypeError", "unsupported type for timedelta " + KEYWORDS[i] + " component: " + o.typeName());
            }
        }
        if (leftover != 0) {
            double wholeUs = Math.round(leftover);
            if (Math.abs(wholeUs - leftover) == 0.5) {
                // Half way: round half to even on the whole sum (x_is_odd).
                int odd = sum.testBit(0) ? 1 : 0;
                wholeUs = 2.0 * Math.rint((leftover + odd) * 0.5) - odd;
            } else {
                wholeUs = Math.rint(leftover);
            }
            sum = sum.add(BigInteger.valueOf((long) wholeUs));
        }
        return fromMicroseconds(sum);
    }

    private static BigInteger wholeOf(double d) {
        if (Double.isInfinite(d)) throw new PyRaise("OverflowError", "cannot convert float infinity to integer");
        if (Double.isNaN(d)) throw new PyRaise("ValueError", "cannot convert float NaN to integer");
        return new BigDecimal(d).toBigInteger();
    }

    /** microseconds_to_delta_ex: two divmod() calls (their 2-tuples counted), then the days' range check. */
    PyObject fromMicroseconds(BigInteger us) {
        heap.countUnmodelledAllocation(Heap.FreeList.TUPLE, 2);
        heap.countUnmodelledDeallocation(Heap.FreeList.TUPLE, 2);
        heap.countUnmodelledAllocation(Heap.FreeList.TUPLE, 2);
        heap.countUnmodelledDeallocation(Heap.FreeList.TUPLE, 2);
        BigInteger[] dr = floorDivMod(us, US_PER_DAY);
        return make(dr[0], dr[1].longValue());
    }

    /** A timedelta of days and microseconds within the day, with CPython's range errors. */
    PyTimedelta make(BigInteger days, long usInDay) {
        if (days.bitLength() > 31) throw new PyRaise("OverflowError", "Python int too large to convert to C int");
        long d = days.longValue();
        if (Math.abs(d) > MAX_DAYS) throw new PyRaise("OverflowError", "days=" + d + "; must have magnitude <= " + MAX_DAYS);
        return heap.alloc(new PyTimedelta((int) d, (int) (usInDay / 1_000_000L), (int) (usInDay % 1_000_000L)));
    }

    /** new_delta with normalization but without divmod objects (sums and differences of deltas). */
    PyTimedelta ofMicroseconds(BigInteger us) {
        BigInteger[] dr = floorDivMod(us, US_PER_DAY);
        return make(dr[0], dr[1].longValue());
    }

    private static BigInteger[] floorDivMod(BigInteger a, BigInteger b) {
        BigInteger[] qr = a.divideAndRemainder(b);
        if (qr[1].signum() != 0 && qr[1].signum() != b.signum()) {
            qr[0] = qr[0].subtract(BigInteger.ONE);
            qr[1] = qr[1].add(b);
        }
        return qr;
    }

    static BigInteger us(PyObject td) {
        return ((PyTimedelta) td).exactMicroseconds();
    }

    @Override
    PyObject attribute(PyObject o, String attr) {
        PyTimedelta t = (PyTimedelta) o;
        return switch (attr) {
            case "days" -> v.integer(t.days);
            case "seconds" -> v.integer(t.seconds);
            case "microseconds" -> v.integer(t.microseconds);
            default -> DatetimeModule.instanceConstant(builtins(), "timedelta", attr);
        };
    }

    @Override
    boolean truthy(PyObject o) {
        PyTimedelta t = (PyTimedelta) o;
        return t.days != 0 || t.seconds != 0 || t.microseconds != 0;
    }

    @Override
    boolean eq(PyObject a, PyObject b) {
        return b instanceof PyTimedelta && us(a).equals(us(b));
    }

    @Override
    Boolean order(String op, PyObject a, PyObject b) {
        if (!(b instanceof PyTimedelta)) return null;
        return compare(op, us(a).compareTo(us(b)));
    }

    @Override
    PyObject unary(TokenType op, PyObject o) {
        return switch (op) {
            case MINUS -> ofMicroseconds(us(o).negate());
            case PLUS -> ofMicroseconds(us(o)); // delta_positive makes a new object
            default -> null;
        };
    }

    PyObject abs(PyObject o) {
        return ofMicroseconds(us(o).abs());
    }

    @Override
    PyObject binary(TokenType op, PyObject a, PyObject b) {
        PyObject n = BuiltinBases.receiver(b);
        if (b instanceof PyTimedelta) {
            return switch (op) {
                case PLUS -> ofMicroseconds(us(a).add(us(b)));
                case MINUS -> ofMicroseconds(us(a).subtract(us(b)));
                case SLASH -> {
                    if (us(b).signum() == 0) throw new PyRaise("ZeroDivisionError", "division by zero");
                    yield v.floating(ExactRatio.divide(us(a), us(b)));
                }
                case DOUBLE_SLASH -> v.integer(floorDivMod(us(a), nonZero(us(b), "integer division or modulo by zero"))[0]);
                case PERCENT -> fromMicroseconds(floorDivMod(us(a), nonZero(us(b), "integer modulo by zero"))[1]);
                default -> null;
            };
        }
        if (n instanceof PyInt k) {
            return switch (op) {
                case STAR -> fromMicroseconds(us(a).multiply(k.value()));
                case SLASH -> fromMicroseconds(countedNearest(us(a), nonZero(k.value(), "integer division or modulo by zero")));
                case DOUBLE_SLASH -> fromMicroseconds(floorDivMod(us(a), nonZero(k.value(), "integer division or modulo by zero"))[0]);
                default -> null;
            };
        }
        if (n instanceof PyFloat f && (op == TokenType.STAR || op == TokenType.SLASH)) return byFloat(a, f.value, op == TokenType.STAR);
        return null;
    }

    @Override
    PyObject reflected(TokenType op, PyObject a, PyObject b) {
        PyObject n = BuiltinBases.receiver(a);
        if (op == TokenType.STAR && (n instanceof PyInt || n instanceof PyFloat)) return binary(op, b, a);
        return null;
    }

    /** divmod(delta, delta): the floor quotient and a timedelta remainder. */
    PyObject divmod(PyObject a, PyObject b) {
        BigInteger[] qr = floorDivMod(us(a), nonZero(us(b), "integer division or modulo by zero"));
        // delta_divmod keeps checked_divmod's tuple until the result tuple is made.
        heap.countUnmodelledAllocation(Heap.FreeList.TUPLE, 2);
        PyObject q = v.integer(qr[0]);
        PyObject r = fromMicroseconds(qr[1]);
        PyObject result = heap.alloc(new PyTuple(new PyObject[] {q, r}));
        heap.countUnmodelledDeallocation(Heap.FreeList.TUPLE, 2);
        return result;
    }

    private static BigInteger nonZero(BigInteger d, String message) {
        if (d.signum() == 0) throw new PyRaise("ZeroDivisionError", message);
        return d;
    }

    /** multiply/truedivide_timedelta_float: the float's exact ratio, rounded half to even. */
    private PyObject byFloat(PyObject a, double f, boolean multiply) {
        if (Double.isInfinite(f)) throw new PyRaise("OverflowError", "cannot convert Infinity to integer ratio");
        if (Double.isNaN(f)) throw new PyRaise("ValueError", "cannot convert NaN to integer ratio");
        BigDecimal exact = new BigDecimal(f);
        BigInteger num = exact.unscaledValue();
        BigInteger den = BigInteger.ONE;
        if (exact.scale() > 0) den = BigInteger.TEN.pow(exact.scale());
        else num = num.multiply(BigInteger.TEN.pow(-exact.scale()));
        if (!multiply) {
            if (num.signum() == 0) throw new PyRaise("ZeroDivisionError", "division by zero");
            BigInteger t = num;
            num = den;
            den = t;
        }
        // The float's as_integer_ratio() tuple stays alive while divide_nearest makes its own.
        heap.countUnmodelledAllocation(Heap.FreeList.TUPLE, 2);
        BigInteger nearest = countedNearest(us(a).multiply(num), den);
        heap.countUnmodelledDeallocation(Heap.FreeList.TUPLE, 2);
        return fromMicroseconds(nearest);
    }

    /** divide_nearest with the 2-tuple _PyLong_DivmodNear makes and frees. */
    private BigInteger countedNearest(BigInteger a, BigInteger b) {
        heap.countUnmodelledAllocation(Heap.FreeList.TUPLE, 2);
        heap.countUnmodelledDeallocation(Heap.FreeList.TUPLE, 2);
        return divideNearest(a, b);
    }

    /** divide_nearest: round half to even. */
    static BigInteger divideNearest(BigInteger a, BigInteger b) {
        return new BigDecimal(a).divide(new BigDecimal(b), 0, RoundingMode.HALF_EVEN).toBigIntegerExact();
    }

    @Override
    String repr(PyObject o) {
        PyTimedelta t = (PyTimedelta) o;
        StringBuilder s = new StringBuilder();
        if (t.days != 0) s.append("days=").append(t.days);
        if (t.seconds != 0) s.append(s.length() > 0 ? ", " : "").append("seconds=").append(t.seconds);
        if (t.microseconds != 0) s.append(s.length() > 0 ? ", " : "").append("microseconds=").append(t.microseconds);
        return "datetime.timedelta(" + (s.length() == 0 ? "0" : s) + ")";
    }

    @Override
    String str(PyObject o) {
        PyTimedelta t = (PyTimedelta) o;
        String time = String.format("%d:%02d:%02d", t.seconds / 3600, t.seconds / 60 % 60, t.seconds % 60);
        if (t.microseconds != 0) time += String.format(".%06d", t.microseconds);
        if (t.days == 0) return time;
        return t.days + " day" + (Math.abs(t.days) == 1 ? "" : "s") + ", " + time;
    }
}
