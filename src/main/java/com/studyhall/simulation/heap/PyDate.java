package com.studyhall.simulation.heap;

/**
 * A datetime.date or, with a time of day, a datetime.datetime (naive: the lab has no tzinfo).
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
