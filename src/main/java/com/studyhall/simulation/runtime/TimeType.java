package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import com.studyhall.simulation.library.CivilCalendar;

/** The naive datetime.time: attributes, isoformat, comparisons, repr and str. */
final class TimeType extends BuiltinType {
    TimeType(Interpreter in) {
        super("datetime.time", null, in);
        method("isoformat", (self, args, kw) -> {
            Args.count("isoformat", args, 0, 0);
            Args.noKeywords("isoformat", kw);
            return v.str(str(self));
        });
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
