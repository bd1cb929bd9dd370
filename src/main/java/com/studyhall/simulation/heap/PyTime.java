package com.studyhall.simulation.heap;

/** A naive datetime.time: a time of day, not a container (never tracked). */
public final class PyTime extends PyObject {
    public final int hour;
    public final int minute;
    public final int second;
    public final int microsecond;

    public PyTime(int hour, int minute, int second, int microsecond) {
        this.hour = hour;
        this.minute = minute;
        this.second = second;
        this.microsecond = microsecond;
    }

    @Override
    public String typeName() {
        return "datetime.time";
    }

    /** PyObject_HEAD, the cached hash, hastzinfo, 6 data bytes, fold and the tzinfo pointer. */
    @Override
    public long sizeof() {
        return 40;
    }

    @Override
    public String shortValue() {
        return String.format("%02d:%02d:%02d", hour, minute, second);
    }
}
