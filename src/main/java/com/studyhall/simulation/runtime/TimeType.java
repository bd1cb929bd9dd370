package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import com.studyhall.simulation.library.CivilCalendar;

/** The naive datetime.time: attributes, isoformat, comparisons, repr and str. */
final class TimeType extends BuiltinType {
    TimeType(Interpreter in) {
        super("datetime.time", null, in);
        // time_isoformat: METH_VARARGS | METH_KEYWORDS, "|s:isoformat" with kwlist {"timespec"}.
        method("isoformat", (self, args, kw) -> builtins().withPackedArguments(args.size(), !kw.isEmpty(), () -> {
            if (args.size() > 1) throw new PyRaise("TypeError", "isoformat() takes at most 1 argument (" + args.size() + " given)");
            for (String k : kw.keySet()) {
                if (!k.equals("timespec")) throw new PyRaise("TypeError", "'" + k + "' is an invalid keyword argument for isoformat()");
            }
            PyTime t = (PyTime) self;
            return v.str(isoTime(t.hour, t.minute, t.second, t.microsecond, Args.get(args, kw, 0, "timespec"), 1));
        }));
        // A time here is naive (a tzinfo is refused before the run): its offset is None.
        method("utcoffset", (self, args, kw) -> {
            Args.count("utcoffset", args, 0, 0);
            Args.noKeywords("utcoffset", kw);
            return v.none;
        });
        // time_strftime: METH_VARARGS | METH_KEYWORDS ("U:strftime", kwlist {"format"}).
        method("strftime", (self, args, kw) -> {
            PyObject f = Args.get(args, kw, 0, "format");
            if (args.size() + kw.size() != 1 || f == null) {
                throw new PyRaise("TypeError", args.size() + kw.size() > 1
                        ? "strftime() takes at most 1 argument (" + (args.size() + kw.size()) + " given)"
                        : "strftime() missing required argument 'format' (pos 1)");
            }
            if (!(f instanceof PyStr text)) throw new PyRaise("TypeError", "strftime() argument 1 must be str, not " + f.typeName());
            return v.str(dates().strftime((PyTime) self, text.value, false));
        });
        // time_replace: METH_VARARGS | METH_KEYWORDS, the argument tuple packed; a new time, validated as time() is.
        method("replace", (self, args, kw) -> builtins().withPackedArguments(args.size(), !kw.isEmpty(), () -> {
            PyTime t = (PyTime) self;
            if (args.size() > 5) throw new PyRaise("TypeError", "replace() takes at most 5 positional arguments (" + args.size() + " given)");
            long[] now = {t.hour, t.minute, t.second, t.microsecond};
            DatetimeModule module = (DatetimeModule) builtins().nativeModule("datetime");
            long[] f = module.parse("replace", DatetimeModule.TIME_FIELDS, 0, args, kw, now, "replace()");
            String error = CivilCalendar.timeError(f[0], f[1], f[2], f[3]);
            // Py_BuildValue("iiiiO") makes the 5-tuple time_new parses again, freed to its free list.
            heap.countUnmodelledAllocation(Heap.FreeList.TUPLE, 5);
            heap.countUnmodelledDeallocation(Heap.FreeList.TUPLE, 5);
            if (error != null) throw new PyRaise("ValueError", error);
            return heap.alloc(new PyTime((int) f[0], (int) f[1], (int) f[2], (int) f[3]));
        }));
    }

    /** The time part of isoformat for a timespec argument (null: "auto"), checked as the "s" format checks it. */
    static String isoTime(int hour, int minute, int second, int microsecond, PyObject timespec, int position) {
        String spec = "auto";
        if (timespec != null) {
            if (!(timespec instanceof PyStr s)) {
                throw new PyRaise("TypeError", "isoformat() argument " + position + " must be str, not " + timespec.typeName());
            }
            spec = s.value;
        }
        String text = CivilCalendar.isoTime(hour, minute, second, microsecond, spec);
        if (text == null) throw new PyRaise("ValueError", "Unknown timespec value");
        return text;
    }

    private DateType dates() {
        return (DateType) builtins().types.of(PyDate.class);
    }

    /** "H, M" with the seconds and microseconds when they are not zero (the time part of a repr). */
    static String reprFields(int hour, int minute, int second, int microsecond) {
        String s = hour + ", " + minute;
        if (second != 0 || microsecond != 0) s += ", " + second;
        if (microsecond != 0) s += ", " + microsecond;
        return s;
    }

    static long micros(PyTime t) {
        return ((t.hour * 60L + t.minute) * 60L + t.second) * 1_000_000L + t.microsecond;
    }

    @Override
    PyObject attribute(PyObject o, String attr) {
        PyTime t = (PyTime) o;
        return switch (attr) {
            case "hour" -> v.integer(t.hour);
            case "minute" -> v.integer(t.minute);
            case "second" -> v.integer(t.second);
            case "microsecond" -> v.integer(t.microsecond);
            // A time with a tzinfo is refused before the run (syntax.DatetimeChecks): every time here is naive.
            case "tzinfo" -> v.none;
            default -> DatetimeModule.instanceConstant(builtins(), "time", attr);
        };
    }

    @Override
    boolean eq(PyObject a, PyObject b) {
        return b instanceof PyTime o && micros(o) == micros((PyTime) a);
    }

    @Override
    Boolean order(String op, PyObject a, PyObject b) {
        return b instanceof PyTime o ? compare(op, Long.compare(micros((PyTime) a), micros(o))) : null;
    }

    @Override
    String repr(PyObject o) {
        PyTime t = (PyTime) o;
        return "datetime.time(" + reprFields(t.hour, t.minute, t.second, t.microsecond) + ")";
    }

    @Override
    String str(PyObject o) {
        PyTime t = (PyTime) o;
        return CivilCalendar.isoTime(t.hour, t.minute, t.second, t.microsecond);
    }
}
