package com.studyhall.simulation.heap;

/**
 * A datetime.timedelta (Modules/_datetimemodule.c): days, seconds and microseconds, normalized so
 * that 0 <= seconds < 86400 and 0 <= microseconds < 10**6. Not a container: never tracked.
 */
public final class PyTimedelta extends PyObject {
    public final int days;
    public final int seconds;
    public final int microseconds;

    public PyTimedelta(int days, int seconds, int microseconds) {
        this.days = days;
        this.seconds = seconds;
        this.microseconds = microseconds;
    }

    /** The whole duration in microseconds (it fits a long: |days| <= 999999999). */
    public long totalMicroseconds() {
        return (days * 86400L + seconds) * 1_000_000L + microseconds;
    }

    /** The whole span in microseconds without overflow (timedelta.max is about 8.6e19 of them, past a long). */
    public java.math.BigInteger exactMicroseconds() {
        return java.math.BigInteger.valueOf(days).multiply(java.math.BigInteger.valueOf(86_400_000_000L))
                .add(java.math.BigInteger.valueOf(seconds * 1_000_000L + microseconds));
    }

    @Override
    public String typeName() {
        return "datetime.timedelta";
    }

    /** PyObject_HEAD, the cached hash and three ints. */
    @Override
    public long sizeof() {
        return 40;
    }

    @Override
    public String shortValue() {
        return days + "d " + seconds + "s";
    }
}
