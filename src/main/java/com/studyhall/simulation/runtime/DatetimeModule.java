package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import com.studyhall.simulation.library.CivilCalendar;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * datetime (the C module _datetime of CPython 3.11): date, datetime (naive), time (naive) and
 * timedelta as module types whose calls pack their arguments (tp_call, no vectorcall), their
 * class methods (today, now, fromisoformat, fromordinal, combine) and class constants (min, max,
 * resolution), which the type dicts keep for the whole run; timezone, a fixed offset, and the
 * datetimes aware of one.
 */
final class DatetimeModule extends NativeModule {
    static final String[] DATE_FIELDS = {"year", "month", "day"};
    static final String[] DATETIME_FIELDS = {"year", "month", "day", "hour", "minute", "second", "microsecond"};
    static final String[] TIME_FIELDS = {"hour", "minute", "second", "microsecond"};
    /** The class attributes that are not methods, by "type.name". */
    static final Set<String> CONSTANTS = Set.of("date.min", "date.max", "date.resolution", "datetime.min", "datetime.max",
            "datetime.resolution", "timedelta.min", "timedelta.max", "timedelta.resolution", "time.min", "time.max", "time.resolution",
            "timezone.utc", "timezone.min", "timezone.max");
    /**
     * The references CPython's own code holds to timezone.utc besides the type's dict (the C
     * static, the C API capsule's table, the _datetime and datetime modules' UTC): measured,
     * sys.getrefcount(timezone.utc) is 7 right after import datetime.
     */
    private static final int UTC_HOLDERS = 6;
    /** The class methods, by "type.name". */
    static final Set<String> CLASS_METHODS = Set.of("date.today", "date.fromisoformat", "date.fromordinal", "datetime.today",
            "datetime.now", "datetime.fromisoformat", "datetime.fromordinal", "datetime.combine", "time.fromisoformat");
    /** The class constants made so far, each kept by its type's dict (one reference) to the end of the run. */
    private final Map<String, PyObject> constants = new HashMap<>();
    private final TimedeltaType deltas;

    DatetimeModule(Interpreter in, Builtins builtins) {
        super("datetime", in);
        this.deltas = (TimedeltaType) builtins.types.of(PyTimedelta.class);
        typeCall(builtins, "date", (args, kw) -> makeDate(false, parse("function", DATE_FIELDS, 3, args, kw, new long[3], "this function")));
        typeCall(builtins, "datetime", (args, kw) -> {
            PyObject tz = tzinfoArgument(args, kw, 7);
            PyObject made = makeDate(true, parse("function", DATETIME_FIELDS, 3, args.subList(0, Math.min(7, args.size())),
                    withoutTzinfo(kw), new long[7], "this function"));
            return aware((PyDate) made, tz);
        });
        typeCall(builtins, "timezone", (args, kw) -> timezone(args, kw));
        // A time's tzinfo and fold are refused before the run (syntax.DatetimeChecks).
        typeCall(builtins, "time", (args, kw) -> {
            long[] f = parse("function", TIME_FIELDS, 0, args, kw, new long[4], "this function");
            String error = CivilCalendar.timeError(f[0], f[1], f[2], f[3]);
            if (error != null) throw new PyRaise("ValueError", error);
            return heap.alloc(new PyTime((int) f[0], (int) f[1], (int) f[2], (int) f[3]));
        });
        typeCall(builtins, "timedelta", (args, kw) -> deltas.construct(args, kw));
        // date.today() calls cls.fromtimestamp(time.time()) with a packed 1-tuple; now() makes nothing else.
        function("date.today", (args, kw) -> today(args, false, builtins));
        function("datetime.today", (args, kw) -> today(args, true, builtins));
        keywordFunction("datetime.now", (args, kw) -> now(args, kw));
        function("date.fromisoformat", (args, kw) -> fromIsoformat(one("fromisoformat", args), false));
        function("datetime.fromisoformat", (args, kw) -> fromIsoformat(one("fromisoformat", args), true));
        function("time.fromisoformat", (args, kw) -> timeFromIsoformat(one("fromisoformat", args)));
        function("date.fromordinal", (args, kw) -> fromOrdinal(args, false, builtins));
        function("datetime.fromordinal", (args, kw) -> fromOrdinal(args, true, builtins));
        keywordFunction("datetime.combine", (args, kw) -> builtins.withPackedArguments(args.size(), !kw.isEmpty(), () -> combine(args, kw)));
    }

    /** The type that owns the behaviour of the module type's instances (date and datetime share one). */
    static BuiltinType instanceType(Types types, String typeName) {
        return types.of(switch (typeName) {
            case "timedelta" -> PyTimedelta.class;
            case "time" -> PyTime.class;
            case "timezone" -> PyTimezone.class;
            default -> PyDate.class;
        });
    }

    /**
     * Whether a method read from datetime's class applies to self. Only its own type's instances:
     * date's C methods on a datetime (date.isoformat(dt) writes the date alone) are not modelled,
     * so the lab answers CPython's TypeError for another type instead.
     */
    static boolean isInstance(PyObject self, String qualifiedName) {
        return self.typeName().equals(qualifiedName);
    }

    /** A type call: tp_call packs the positional arguments into a tuple and the keywords into a dict. */
    private void typeCall(Builtins builtins, String type, Body body) {
        keywordFunction(type, (args, kw) -> builtins.withPackedArguments(args.size(), !kw.isEmpty(), () -> body.call(args, kw)));
    }

    @Override
    String qualify(String fname) {
        return fname;
    }

    @Override
    Set<String> valueNames() {
        return Set.of("MINYEAR", "MAXYEAR", "UTC");
    }

    /** The tzinfo of a datetime call (the 8th positional argument or the keyword): null, or a timezone. */
    private static PyObject tzinfoArgument(List<PyObject> args, Map<String, PyObject> kw, int position) {
        if (args.size() > position + 1) {
            throw new PyRaise("TypeError", "function takes at most " + (position + 1) + " arguments (" + (args.size() + kw.size()) + " given)");
        }
        PyObject tz = args.size() > position ? args.get(position) : kw.get("tzinfo");
        if (tz == null || tz instanceof PyNone) return null;
        if (!(tz instanceof PyTimezone)) {
            throw new PyRaise("TypeError", "tzinfo argument must be None or of a tzinfo subclass, not type '" + tz.typeName() + "'");
        }
        return tz;
    }

    private static Map<String, PyObject> withoutTzinfo(Map<String, PyObject> kw) {
        if (!kw.containsKey("tzinfo")) return kw;
        Map<String, PyObject> rest = new java.util.LinkedHashMap<>(kw);
        rest.remove("tzinfo");
        return rest;
    }

    /** The datetime made aware of tz (it takes a reference), or left naive for null. */
    PyObject aware(PyDate d, PyObject tz) {
        if (tz != null) d.tzinfo = heap.newRef(tz);
        return d;
    }

    /** timezone(offset, name=None): a strictly-less-than-a-day offset; timezone(timedelta(0)) is timezone.utc. */
    private PyObject timezone(List<PyObject> args, Map<String, PyObject> kw) {
        for (String k : kw.keySet()) {
            if (!k.equals("offset") && !k.equals("name")) throw new PyRaise("TypeError", "timezone() got an unexpected keyword argument '" + k + "'");
        }
        if (args.size() > 2) throw new PyRaise("TypeError", "timezone() takes at most 2 arguments (" + args.size() + " given)");
        PyObject offset = Args.get(args, kw, 0, "offset");
        PyObject name = Args.get(args, kw, 1, "name");
        if (offset == null) throw new PyRaise("TypeError", "timezone() missing required argument 'offset' (pos 1)");
        if (!(offset instanceof PyTimedelta td)) {
            throw new PyRaise("TypeError", "timezone() argument 1 must be datetime.timedelta, not " + offset.typeName());
        }
        if (name != null && !(name instanceof PyStr)) {
            throw new PyRaise("TypeError", "timezone() argument 2 must be str, not " + name.typeName());
        }
        if (name == null && td.totalMicroseconds() == 0) return constant("timezone.utc");
        if (td.exactMicroseconds().abs().compareTo(java.math.BigInteger.valueOf(86_400_000_000L)) >= 0) {
            throw new PyRaise("ValueError", "offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not "
                    + in.ops.repr(td) + ".");
        }
        return heap.alloc(new PyTimezone((PyTimedelta) heap.newRef(td), name == null ? null : heap.newRef(name)));
    }

    @Override
    PyObject value(String attr) {
        return switch (attr) {
            case "MINYEAR" -> v.integer(CivilCalendar.MINYEAR);
            case "MAXYEAR" -> v.integer(CivilCalendar.MAXYEAR);
            case "UTC" -> constant("timezone.utc");
            default -> null;
        };
    }

    /** date.min, timedelta.max...: the one object the type's dict keeps (a new reference). */
    /** date.max, timedelta.resolution... read through an instance: the class's constant (null when attr names none). */
    static PyObject instanceConstant(Builtins builtins, String type, String attr) {
        String name = type + "." + attr;
        return CONSTANTS.contains(name) ? ((DatetimeModule) builtins.nativeModule("datetime")).constant(name) : null;
    }

    PyObject constant(String name) {
        PyObject c = constants.get(name);
        if (c == null) {
            c = switch (name) {
                case "date.min" -> new PyDate(1, 1, 1);
                case "date.max" -> new PyDate(9999, 12, 31);
                case "datetime.min" -> new PyDate(1, 1, 1, true, 0, 0, 0, 0);
                case "datetime.max" -> new PyDate(9999, 12, 31, true, 23, 59, 59, 999999);
                case "time.min" -> new PyTime(0, 0, 0, 0);
                case "time.max" -> new PyTime(23, 59, 59, 999999);
                case "timedelta.min" -> new PyTimedelta(-999999999, 0, 0);
                case "timedelta.max" -> new PyTimedelta(999999999, 86399, 999999);
                case "date.resolution" -> new PyTimedelta(1, 0, 0);
                case "timezone.utc" -> new PyTimezone(heap.alloc(new PyTimedelta(0, 0, 0)), null);
                case "timezone.min" -> new PyTimezone(heap.alloc(new PyTimedelta(-1, 60, 0)), null);
                case "timezone.max" -> new PyTimezone(heap.alloc(new PyTimedelta(0, 86340, 0)), null);
                default -> new PyTimedelta(0, 0, 1);
            };
            heap.alloc(c);
            if (name.equals("timezone.utc")) for (int i = 1; i < UTC_HOLDERS; i++) heap.incref(c);
            constants.put(name, c);
        }
        return heap.newRef(c);
    }

    /** The references CPython's own code holds to the constants, for the heap checker's roots. */
    java.util.Collection<PyObject> kept() {
        List<PyObject> kept = new java.util.ArrayList<>(constants.values());
        PyObject utc = constants.get("timezone.utc");
        for (int i = 1; utc != null && i < UTC_HOLDERS; i++) kept.add(utc);
        return kept;
    }

    /**
     * Reads the int fields of a constructor or replace(): positional, then by keyword, each with
     * CPython's errors; fields not given keep {@code values}' entries.
     */
    long[] parse(String fname, String[] names, int required, List<PyObject> args, Map<String, PyObject> kw, long[] values, String kwOwner) {
        int total = args.size() + kw.size();
        if (total > names.length) {
            throw new PyRaise("TypeError", fname + " takes at most " + names.length + " arguments (" + total + " given)");
        }
        PyObject[] given = new PyObject[names.length];
        for (int i = 0; i < args.size(); i++) given[i] = args.get(i);
        for (Map.Entry<String, PyObject> e : kw.entrySet()) {
            int i = List.of(names).indexOf(e.getKey());
            if (i < 0) throw new PyRaise("TypeError", "'" + e.getKey() + "' is an invalid keyword argument for " + kwOwner);
            if (given[i] != null) {
                throw new PyRaise("TypeError", "argument for " + fname + " given by name ('" + e.getKey() + "') and position (" + (i + 1) + ")");
            }
            given[i] = e.getValue();
        }
        for (int i = 0; i < names.length; i++) {
            if (given[i] == null) {
                if (i < required) throw new PyRaise("TypeError", fname + " missing required argument '" + names[i] + "' (pos " + (i + 1) + ")");
                continue;
            }
            values[i] = field(given[i]);
        }
        return values;
    }

    /** A C int field: an int (or bool), with PyLong_AsLong's range errors. */
    static long field(PyObject o) {
        if (!(BuiltinBases.receiver(o) instanceof PyInt i)) {
            throw new PyRaise("TypeError", "'" + o.typeName() + "' object cannot be interpreted as an integer");
        }
        BigInteger n = i.value();
        if (n.bitLength() > 63) throw new PyRaise("OverflowError", "Python int too large to convert to C long");
        long x = n.longValue();
        if (x > Integer.MAX_VALUE) throw new PyRaise("OverflowError", "signed integer is greater than maximum");
        if (x < Integer.MIN_VALUE) throw new PyRaise("OverflowError", "signed integer is less than minimum");
        return x;
    }

    /** A date (year, month, day) or a naive datetime (and the time of day) after CPython's checks. */
    PyObject makeDate(boolean withTime, long[] f) {
        String error = CivilCalendar.dateError(f[0], f[1], f[2]);
        if (error == null && withTime) error = CivilCalendar.timeError(f[3], f[4], f[5], f[6]);
        if (error != null) throw new PyRaise("ValueError", error);
        if (!withTime) return heap.alloc(new PyDate((int) f[0], (int) f[1], (int) f[2]));
        return heap.alloc(new PyDate((int) f[0], (int) f[1], (int) f[2], true, (int) f[3], (int) f[4], (int) f[5], (int) f[6]));
    }

    private PyObject today(List<PyObject> args, boolean withTime, Builtins builtins) {
        if (!args.isEmpty()) throw new PyRaise("TypeError", "today() takes no arguments (" + args.size() + " given)");
        return builtins.withPackedArguments(1, false, () -> now(withTime));
    }

    /** datetime.now(tz=None): local time, or the time at the timezone's offset from UTC. */
    private PyObject now(List<PyObject> args, Map<String, PyObject> kw) {
        for (String k : kw.keySet()) if (!k.equals("tz")) throw new PyRaise("TypeError", "'" + k + "' is an invalid keyword argument for now()");
        if (args.size() > 1) throw new PyRaise("TypeError", "now() takes at most 1 argument (" + args.size() + " given)");
        PyObject tz = Args.get(args, kw, 0, "tz");
        if (tz == null || tz instanceof PyNone) return now(true);
        if (!(tz instanceof PyTimezone zone)) {
            throw new PyRaise("TypeError", "tzinfo argument must be None or of a tzinfo subclass, not type '" + tz.typeName() + "'");
        }
        java.time.LocalDateTime t = java.time.LocalDateTime.now(java.time.ZoneOffset.UTC)
                .plusNanos(zone.offset.totalMicroseconds() * 1000L);
        return aware(heap.alloc(new PyDate(t.getYear(), t.getMonthValue(), t.getDayOfMonth(), true, t.getHour(), t.getMinute(),
                t.getSecond(), t.getNano() / 1000)), tz);
    }

    /** The machine's local date and time (no printed value can equal a recording's). */
    private PyObject now(boolean withTime) {
        java.time.LocalDateTime t = java.time.LocalDateTime.now();
        if (!withTime) return heap.alloc(new PyDate(t.getYear(), t.getMonthValue(), t.getDayOfMonth()));
        return heap.alloc(new PyDate(t.getYear(), t.getMonthValue(), t.getDayOfMonth(), true, t.getHour(), t.getMinute(),
                t.getSecond(), t.getNano() / 1000));
    }

    private PyObject fromOrdinal(List<PyObject> args, boolean withTime, Builtins builtins) {
        if (args.size() != 1) throw new PyRaise("TypeError", "fromordinal() takes exactly 1 argument (" + args.size() + " given)");
        return builtins.withPackedArguments(1, false, () -> {
            long n = field(args.get(0));
            if (n < 1) throw new PyRaise("ValueError", "ordinal must be >= 1");
            if (n > CivilCalendar.MAX_ORDINAL) throw new PyRaise("ValueError", "year " + (n > 3652424 ? 10001 : 10000) + " is out of range");
            int[] ymd = CivilCalendar.fromOrdinal(n);
            return makeDate(withTime, new long[] {ymd[0], ymd[1], ymd[2], 0, 0, 0, 0});
        });
    }

    /** combine(date, time): the date's day at the time's hour (naive only). */
    private PyObject combine(List<PyObject> args, Map<String, PyObject> kw) {
        if (!kw.isEmpty()) throw new PyRaise("TypeError", "combine()'s keywords are not supported in the memory lab");
        if (args.size() != 2) throw new PyRaise("TypeError", "function missing required argument 'time' (pos 2)");
        if (!(args.get(0) instanceof PyDate d)) {
            throw new PyRaise("TypeError", "combine() argument 1 must be datetime.date, not " + args.get(0).typeName());
        }
        if (!(args.get(1) instanceof PyTime t)) {
            throw new PyRaise("TypeError", "combine() argument 2 must be datetime.time, not " + args.get(1).typeName());
        }
        return heap.alloc(new PyDate(d.year, d.month, d.day, true, t.hour, t.minute, t.second, t.microsecond));
    }

    /**
     * time_fromisoformat (3.11): an optional leading T, then parse_isoformat_time; a UTC offset
     * ('Z', '+', '-' anywhere) would make an aware time, which the lab does not model: a literal one is
     * refused before the run (syntax.DatetimeChecks), any other stops with a TypeError saying so.
     */
    private PyObject timeFromIsoformat(PyObject arg) {
        if (!(arg instanceof PyStr s)) throw new PyRaise("TypeError", "fromisoformat: argument must be str");
        String text = s.value.startsWith("T") ? s.value.substring(1) : s.value;
        if (text.chars().anyMatch(c -> c == 'Z' || c == '+' || c == '-')) {
            throw new PyRaise("TypeError", "time.fromisoformat() of a time with a UTC offset is not supported in the memory lab");
        }
        int[] f = CivilCalendar.parseIsoTime(text);
        if (f == null) throw new PyRaise("ValueError", "Invalid isoformat string: " + Reprs.strRepr(s.value));
        String error = CivilCalendar.timeError(f[0], f[1], f[2], f[3]);
        if (error != null) throw new PyRaise("ValueError", error);
        return heap.alloc(new PyTime(f[0], f[1], f[2], f[3]));
    }

    /**
     * fromisoformat: YYYY-MM-DD or YYYYMMDD, and for datetime any one separator and a time read as
     * time.fromisoformat reads it (ISO week dates are not read: "Invalid isoformat string").
     */
    private PyObject fromIsoformat(PyObject arg, boolean withTime) {
        if (!(arg instanceof PyStr s)) throw new PyRaise("TypeError", "fromisoformat: argument must be str");
        String text = s.value;
        long[] f = new long[7];
        PyRaise invalid = new PyRaise("ValueError", "Invalid isoformat string: " + Reprs.strRepr(text));
        // The separator sits after the date: at 10 in the extended form (2024-01-05), at 8 in the basic one.
        int dateLength = text.length() > 4 && text.charAt(4) == '-' ? 10 : 8;
        String datePart = withTime && text.length() > dateLength ? text.substring(0, dateLength) : text;
        if (!datePart.matches("\\d{4}-\\d{2}-\\d{2}|\\d{8}")) throw invalid;
        String digits = datePart.replace("-", "");
        f[0] = Long.parseLong(digits.substring(0, 4));
        f[1] = Long.parseLong(digits.substring(4, 6));
        f[2] = Long.parseLong(digits.substring(6, 8));
        if (withTime && text.length() > dateLength) {
            // Any one character separates the date from parse_isoformat_time's part (3.11).
            String time = text.substring(dateLength + 1);
            if (time.chars().anyMatch(c -> c == 'Z' || c == '+' || c == '-')) {
                throw new PyRaise("TypeError", "datetime.fromisoformat() of a time with a UTC offset is not supported in the memory lab");
            }
            int[] parts = CivilCalendar.parseIsoTime(time);
            if (parts == null) throw invalid;
            for (int i = 0; i < 4; i++) f[3 + i] = parts[i];
        }
        String error = CivilCalendar.dateError(f[0], f[1], f[2]);
        if (error == null && withTime) error = CivilCalendar.timeError(f[3], f[4], f[5], f[6]);
        if (error != null) throw new PyRaise("ValueError", error);
        return makeDate(withTime, f);
    }
}
