package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;

/** datetime.timezone, a fixed offset: repr, str (its tzname), utcoffset, comparisons. */
final class TimezoneType extends BuiltinType {
    TimezoneType(Interpreter in) {
        super("datetime.timezone", null, in);
        method("utcoffset", (self, args, kw) -> {
            Args.noKeywords("timezone.utcoffset", kw);
            Args.count("timezone.utcoffset", args, 1, 1);
            return heap.newRef(((PyTimezone) self).offset);
        });
    }

    /** "+HH:MM", with ":SS" and ".ffffff" when the offset has them (isoformat's and str's suffix). */
    static String offsetText(PyTimedelta offset, String colon) {
        long us = offset.totalMicroseconds();
        String sign = us < 0 ? "-" : "+";
        us = Math.abs(us);
        long secs = us / 1_000_000L;
        String s = sign + String.format("%02d%s%02d", secs / 3600, colon, secs / 60 % 60);
        if (secs % 60 != 0 || us % 1_000_000L != 0) s += String.format("%s%02d", colon, secs % 60);
        if (us % 1_000_000L != 0) s += String.format(".%06d", us % 1_000_000L);
        return s;
    }

    @Override
    boolean eq(PyObject a, PyObject b) {
        return b instanceof PyTimezone o && o.offset.totalMicroseconds() == ((PyTimezone) a).offset.totalMicroseconds();
    }

    @Override
    String repr(PyObject o) {
        PyTimezone t = (PyTimezone) o;
        if (t.name == null && t.offset.totalMicroseconds() == 0) return "datetime.timezone.utc";
        return "datetime.timezone(" + ops().repr(t.offset) + (t.name == null ? "" : ", " + ops().repr(t.name)) + ")";
    }

    /** tzname: the given name, else "UTC" and the offset ("UTC" alone for a zero offset). */
    @Override
    String str(PyObject o) {
        PyTimezone t = (PyTimezone) o;
        if (t.name != null) return ((PyStr) t.name).value;
        return t.offset.totalMicroseconds() == 0 ? "UTC" : "UTC" + offsetText(t.offset, ":");
    }
}
