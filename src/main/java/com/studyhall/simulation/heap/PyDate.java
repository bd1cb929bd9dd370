package com.studyhall.simulation.heap;

import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * A datetime.date or, with a time of day, a datetime.datetime (naive, or aware of a fixed
 * datetime.timezone it holds).
 * CPython keeps both as packed bytes in C objects without a GC header: never tracked.
 */
public final class PyDate extends PyObject {
    public final int year;
    public final int month;
    public final int day;
    /** Whether this is a datetime.datetime (which has the fields below) rather than a date. */
    public final boolean hasTime;
    public final int hour;
    public final int minute;
    public final int second;
    public final int microsecond;
    /** A datetime's timezone (a new reference it holds), or null when naive. */
    public PyObject tzinfo;

    public PyDate(int year, int month, int day) {
        this(year, month, day, false, 0, 0, 0, 0);
    }

    public PyDate(int year, int month, int day, boolean hasTime, int hour, int minute, int second, int microsecond) {
        this.year = year;
        this.month = month;
        this.day = day;
        this.hasTime = hasTime;
        this.hour = hour;
        this.minute = minute;
        this.second = second;
        this.microsecond = microsecond;
    }

    @Override
    public void traverse(Consumer<PyObject> visit) {
        if (tzinfo != null) visit.accept(tzinfo);
    }

    @Override
    public void labeledRefs(BiConsumer<String, PyObject> visit) {
        if (tzinfo != null) visit.accept("tzinfo", tzinfo);
    }

    @Override
    public void releaseContents(Heap heap) {
        PyObject t = tzinfo;
        tzinfo = null;
        if (t != null) heap.decref(t);
    }

    /** Microseconds since 0001-01-01 00:00 on its own clock (a date counts as its midnight). */
    public long moment() {
        long days = com.studyhall.simulation.library.CivilCalendar.toOrdinal(year, month, day);
        return days * 86_400_000_000L + ((hour * 60L + minute) * 60L + second) * 1_000_000L + microsecond;
    }

    /** The moment in UTC: an aware datetime's own moment less its timezone's offset. */
    public long utcMoment() {
        return moment() - (tzinfo instanceof PyTimezone z ? z.offset.totalMicroseconds() : 0);
    }

    /** year, month, day, hour, minute, second, microsecond. */
    public int[] fields() {
        return new int[] {year, month, day, hour, minute, second, microsecond};
    }

    @Override
    public String typeName() {
        return hasTime ? "datetime.datetime" : "datetime.date";
    }

    /** date: PyObject_HEAD, the cached hash and 4 data bytes; datetime adds 6 bytes, hastzinfo and the tzinfo pointer. */
    @Override
    public long sizeof() {
        return hasTime ? 48 : 32;
    }

    @Override
    public String shortValue() {
        return String.format("%04d-%02d-%02d", year, month, day);
    }
}
