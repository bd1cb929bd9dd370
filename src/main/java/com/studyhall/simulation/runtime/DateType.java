package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import com.studyhall.simulation.library.CivilCalendar;
import com.studyhall.simulation.syntax.TokenType;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * datetime.date and the naive datetime.datetime (one heap class, {@link PyDate}): attributes,
 * calendar methods, strftime and format, arithmetic with timedelta, comparisons, repr and str.
 */
final class DateType extends BuiltinType {
    private static final long US_PER_DAY = 86_400_000_000L;
    private final TimedeltaType deltas;

    DateType(Interpreter in, TimedeltaType deltas) {
        super("datetime.date", null, in);
        this.deltas = deltas;
        noArgs("weekday", d -> v.integer(CivilCalendar.weekday(d.year, d.month, d.day)));
        noArgs("isoweekday", d -> v.integer(CivilCalendar.weekday(d.year, d.month, d.day) + 1));
        noArgs("isocalendar", this::isoCalendar);
        noArgs("toordinal", d -> v.integer(CivilCalendar.toOrdinal(d.year, d.month, d.day)));
        noArgs("date", d -> heap.alloc(new PyDate(dateOnly(d, "date").year, d.month, d.day)));
        noArgs("time", d -> heap.alloc(new PyTime(dateOnly(d, "time").hour, d.minute, d.second, d.microsecond)));
        // datetime.isoformat and replace are METH_VARARGS | METH_KEYWORDS: their arguments are packed.
        method("isoformat", (self, args, kw) -> ((PyDate) self).hasTime
                ? builtins().withPackedArguments(args.size(), !kw.isEmpty(), () -> v.str(isoformat((PyDate) self, args, kw)))
                : v.str(isoformat((PyDate) self, args, kw)));
        method("strftime", (self, args, kw) -> {
            PyDate d = (PyDate) self;
            Args.count("strftime", args, 1, 1);
            if (!(args.get(0) instanceof PyStr f)) {
                throw new PyRaise("TypeError", "strftime() argument 1 must be str, not " + args.get(0).typeName());
            }
            return v.str(strftime(d, f.value, false));
        });
        method("replace", (self, args, kw) -> builtins().withPackedArguments(args.size(), !kw.isEmpty(),
                () -> replace((PyDate) self, args, kw)));
        noArgs("utcoffset", d -> dateOnly(d, "utcoffset").tzinfo == null ? v.none : heap.newRef(((PyTimezone) d.tzinfo).offset));
    }

    /** datetime.IsoCalendarDate, a C type of the module (made on first use, lives as long as the run). */
    private PyNamedTupleClass isoCalendarDate;

    /**
     * date.isocalendar(): a new IsoCalendarDate (a tuple subclass, tracked, 72 bytes for its three
     * items) of the ISO year, week and weekday.
     */
    private PyObject isoCalendar(PyDate d) {
        if (isoCalendarDate == null) {
            isoCalendarDate = v.shared(new PyNamedTupleClass("datetime.IsoCalendarDate"));
            isoCalendarDate.structSequence = true;
            isoCalendarDate.extraSize = 8;
            isoCalendarDate.fieldGetters = true;
            isoCalendarDate.fields = v.shared(new PyTuple(new PyObject[] {v.intern("year"), v.intern("week"), v.intern("weekday")}));
        }
        java.time.LocalDate date = java.time.LocalDate.of(d.year, d.month, d.day);
        PyObject[] items = {v.integer(date.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR)),
                v.integer(date.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR)), v.integer(date.getDayOfWeek().getValue())};
        heap.incref(isoCalendarDate);
        return heap.alloc(new PyNamedTuple(isoCalendarDate, items));
    }

    private void noArgs(String name, java.util.function.Function<PyDate, PyObject> body) {
        method(name, (self, args, kw) -> {
            PyDate d = (PyDate) self;
            String owner = d.hasTime ? "datetime" : "date";
            if (!kw.isEmpty()) throw new PyRaise("TypeError", owner + "." + name + "() takes no keyword arguments");
            if (!args.isEmpty()) throw new PyRaise("TypeError", owner + "." + name + "() takes no arguments (" + args.size() + " given)");
            return body.apply(d);
        });
    }

    /** datetime's own methods read on a date: CPython's AttributeError. */
    private PyDate dateOnly(PyDate d, String method) {
        if (!d.hasTime) throw noAttribute(d, method);
        return d;
    }

    private DatetimeModule module() {
        return (DatetimeModule) builtins().nativeModule("datetime");
    }

    /**
     * date_strftime and date_format: METH_VARARGS (its argument tuple), then timetuple() builds
     * a time.struct_time through a 1-tuple holding a 9-tuple, and time.strftime is called with a
     * 2-tuple (format, struct_time); the struct_time is a GC object freed at the end.
     */
    String strftime(PyDate d, String format, boolean throughFormat) {
        heap.countUnmodelledAllocation(Heap.FreeList.TUPLE, 1);
        if (throughFormat) heap.countUnmodelledAllocation(Heap.FreeList.TUPLE, 1);
        heap.countUnmodelledAllocation(Heap.FreeList.TUPLE, 1);
        heap.countUnmodelledAllocation(Heap.FreeList.TUPLE, 9);
        heap.countUnmodelledAllocation(Heap.FreeList.NONE, 0);
        heap.countUnmodelledDeallocation(Heap.FreeList.TUPLE, 9);
        heap.countUnmodelledDeallocation(Heap.FreeList.TUPLE, 1);
        heap.countUnmodelledAllocation(Heap.FreeList.TUPLE, 2);
        // Measured: one more object from a free list on the first call after a collection (the
        // empty from-list PyImport_Import passes to __import__ when strftime imports time).
        heap.countUnmodelledAllocation(Heap.FreeList.LIST, 0);
        heap.countUnmodelledDeallocation(Heap.FreeList.LIST, 0);
        heap.countUnmodelledDeallocation(Heap.FreeList.TUPLE, 2);
        heap.countUnmodelledDeallocation(Heap.FreeList.NONE, 0);
        if (throughFormat) heap.countUnmodelledDeallocation(Heap.FreeList.TUPLE, 1);
        heap.countUnmodelledDeallocation(Heap.FreeList.TUPLE, 1);
        int[] f = d.fields();
        return CivilCalendar.strftime(format, f);
    }

    /**
     * time_format with a spec: time_strftime (METH_VARARGS | METH_KEYWORDS: its argument tuple)
     * builds the 9-tuple (1900, 1, 1, hour, minute, second, 0, 1, -1) itself, with no struct_time,
     * and calls time.strftime with it as date_strftime does.
     */
    String strftime(PyTime t, String format, boolean throughFormat) {
        // time_format calls strftime by name: its own argument tuple, then the call's one.
        if (throughFormat) heap.countUnmodelledAllocation(Heap.FreeList.TUPLE, 1);
        heap.countUnmodelledAllocation(Heap.FreeList.TUPLE, 1);
        heap.countUnmodelledAllocation(Heap.FreeList.TUPLE, 9);
        heap.countUnmodelledAllocation(Heap.FreeList.TUPLE, 2);
        heap.countUnmodelledAllocation(Heap.FreeList.LIST, 0);
        heap.countUnmodelledDeallocation(Heap.FreeList.LIST, 0);
        heap.countUnmodelledDeallocation(Heap.FreeList.TUPLE, 2);
        heap.countUnmodelledDeallocation(Heap.FreeList.TUPLE, 9);
        heap.countUnmodelledDeallocation(Heap.FreeList.TUPLE, 1);
        if (throughFormat) heap.countUnmodelledDeallocation(Heap.FreeList.TUPLE, 1);
        return CivilCalendar.strftime(format, new int[] {1900, 1, 1, t.hour, t.minute, t.second, t.microsecond});
    }

    /** date_format and time_format (METH_VARARGS: an argument tuple): str() for an empty spec, else strftime. */
    String format(PyObject o, String spec) {
        if (!spec.isEmpty()) {
            if (o instanceof PyDate d) return strftime(d, spec, true);
            return strftime((PyTime) o, spec, true);
        }
        heap.countUnmodelledAllocation(Heap.FreeList.TUPLE, 1);
        try {
            return ops().str(o);
        } finally {
            heap.countUnmodelledDeallocation(Heap.FreeList.TUPLE, 1);
        }
    }

    private String isoformat(PyDate d, List<PyObject> args, Map<String, PyObject> kw) {
        String date = CivilCalendar.isoDate(d.year, d.month, d.day);
        if (!d.hasTime) {
            Args.count("date.isoformat", args, 0, 0);
            Args.noKeywords("date.isoformat", kw);
            return date;
        }
        if (args.size() > 2) throw new PyRaise("TypeError", "isoformat() takes at most 2 arguments (" + args.size() + " given)");
        for (String k : kw.keySet()) {
            if (!k.equals("sep") && !k.equals("timespec")) throw new PyRaise("TypeError", "'" + k + "' is an invalid keyword argument for isoformat()");
        }
        PyObject sep = Args.get(args, kw, 0, "sep");
        String s = "T";
        if (sep != null) {
            if (!(sep instanceof PyStr str) || str.value.codePointCount(0, str.value.length()) != 1) {
                throw new PyRaise("TypeError", "isoformat() argument 1 must be a unicode character, not " + sep.typeName());
            }
            s = str.value;
        }
        return date + s + TimeType.isoTime(d.hour, d.minute, d.second, d.microsecond, Args.get(args, kw, 1, "timespec"), 2) + offsetSuffix(d);
    }

    /** "+02:00" for an aware datetime, "" for a naive one. */
    private static String offsetSuffix(PyDate d) {
        return d.tzinfo == null ? "" : TimezoneType.offsetText(((PyTimezone) d.tzinfo).offset, ":");
    }


    private PyObject replace(PyDate d, List<PyObject> args, Map<String, PyObject> kw) {
        String[] names = d.hasTime ? DatetimeModule.DATETIME_FIELDS : DatetimeModule.DATE_FIELDS;
        int[] f = d.fields();
        long[] now = new long[names.length];
        for (int i = 0; i < names.length; i++) now[i] = f[i];
        PyObject tz = d.tzinfo;
        if (d.hasTime && kw.containsKey("tzinfo")) {
            tz = kw.get("tzinfo");
            if (tz instanceof PyNone) tz = null;
            else if (!(tz instanceof PyTimezone)) {
                throw new PyRaise("TypeError", "tzinfo argument must be None or of a tzinfo subclass, not type '" + tz.typeName() + "'");
            }
            kw = new java.util.LinkedHashMap<>(kw);
            kw.remove("tzinfo");
        }
        long[] got = module().parse("replace", names, 0, args, kw, now, "replace()");
        PyObject made = module().makeDate(d.hasTime, got);
        return d.hasTime ? module().aware((PyDate) made, tz) : made;
    }

    @Override
    PyObject attribute(PyObject o, String attr) {
        PyDate d = (PyDate) o;
        return switch (attr) {
            case "year" -> v.integer(d.year);
            case "month" -> v.integer(d.month);
            case "day" -> v.integer(d.day);
            case "hour" -> d.hasTime ? v.integer(d.hour) : null;
            case "minute" -> d.hasTime ? v.integer(d.minute) : null;
            case "second" -> d.hasTime ? v.integer(d.second) : null;
            case "microsecond" -> d.hasTime ? v.integer(d.microsecond) : null;
            case "tzinfo" -> !d.hasTime ? null : d.tzinfo == null ? v.none : heap.newRef(d.tzinfo);
            default -> DatetimeModule.instanceConstant(builtins(), d.hasTime ? "datetime" : "date", attr);
        };
    }


    /** A naive datetime never equals an aware one; aware ones compare their moments in UTC. */
    @Override
    boolean eq(PyObject a, PyObject b) {
        return b instanceof PyDate o && o.hasTime == ((PyDate) a).hasTime && (o.tzinfo == null) == (((PyDate) a).tzinfo == null)
                && o.utcMoment() == ((PyDate) a).utcMoment();
    }

    @Override
    Boolean order(String op, PyObject a, PyObject b) {
        if (!(b instanceof PyDate o)) return null;
        PyDate d = (PyDate) a;
        if (o.hasTime != d.hasTime) throw new PyRaise("TypeError", "can't compare datetime.datetime to datetime.date");
        if ((o.tzinfo == null) != (d.tzinfo == null)) throw new PyRaise("TypeError", "can't compare offset-naive and offset-aware datetimes");
        return compare(op, Long.compare(d.utcMoment(), o.utcMoment()));
    }

    @Override
    PyObject binary(TokenType op, PyObject a, PyObject b) {
        PyDate d = (PyDate) a;
        if (b instanceof PyTimedelta t && (op == TokenType.PLUS || op == TokenType.MINUS)) {
            return shifted(d, t, op == TokenType.PLUS ? 1 : -1);
        }
        if (op == TokenType.MINUS && b instanceof PyDate o && o.hasTime == d.hasTime) {
            if ((o.tzinfo == null) != (d.tzinfo == null)) throw new PyRaise("TypeError", "can't subtract offset-naive and offset-aware datetimes");
            return deltas.ofMicroseconds(BigInteger.valueOf(d.utcMoment()).subtract(BigInteger.valueOf(o.utcMoment())));
        }
        return null;
    }

    @Override
    PyObject reflected(TokenType op, PyObject a, PyObject b) {
        return op == TokenType.PLUS && a instanceof PyTimedelta t ? shifted((PyDate) b, t, 1) : null;
    }

    /** date ± timedelta uses the delta's days only; datetime ± timedelta the whole delta. */
    private PyObject shifted(PyDate d, PyTimedelta t, int sign) {
        long us = d.hasTime ? t.totalMicroseconds() : t.days * US_PER_DAY;
        long m = d.moment() + sign * us;
        long days = Math.floorDiv(m, US_PER_DAY);
        if (days < 1 || days > CivilCalendar.MAX_ORDINAL) throw new PyRaise("OverflowError", "date value out of range");
        int[] ymd = CivilCalendar.fromOrdinal(days);
        long inDay = Math.floorMod(m, US_PER_DAY);
        if (!d.hasTime) return heap.alloc(new PyDate(ymd[0], ymd[1], ymd[2]));
        long secs = inDay / 1_000_000L;
        PyDate shifted = heap.alloc(new PyDate(ymd[0], ymd[1], ymd[2], true, (int) (secs / 3600), (int) (secs / 60 % 60),
                (int) (secs % 60), (int) (inDay % 1_000_000L)));
        return module().aware(shifted, d.tzinfo);
    }

    @Override
    String repr(PyObject o) {
        PyDate d = (PyDate) o;
        if (!d.hasTime) return "datetime.date(" + d.year + ", " + d.month + ", " + d.day + ")";
        return "datetime.datetime(" + d.year + ", " + d.month + ", " + d.day + ", "
                + TimeType.reprFields(d.hour, d.minute, d.second, d.microsecond)
                + (d.tzinfo == null ? "" : ", tzinfo=" + ops().repr(d.tzinfo)) + ")";
    }

    @Override
    String str(PyObject o) {
        PyDate d = (PyDate) o;
        String date = CivilCalendar.isoDate(d.year, d.month, d.day);
        return d.hasTime ? date + " " + CivilCalendar.isoTime(d.hour, d.minute, d.second, d.microsecond) + offsetSuffix(d) : date;
    }
}
