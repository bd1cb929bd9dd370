package com.studyhall.simulation.heap;

import java.math.BigInteger;

/** range(start, stop, step): not a container, so not tracked by the collector. */
public final class PyRange extends PyObject {
    public final BigInteger start;
    public final BigInteger stop;
    public final BigInteger step;

    private final long length;

    public PyRange(BigInteger start, BigInteger stop, BigInteger step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
        this.length = computeLength();
    }

    public long length() {
        return length;
    }

    private long computeLength() {
        BigInteger n;
        if (step.signum() > 0) {
            if (start.compareTo(stop) >= 0) return 0;
            n = stop.subtract(start).subtract(BigInteger.ONE).divide(step).add(BigInteger.ONE);
        } else {
            if (start.compareTo(stop) <= 0) return 0;
            n = start.subtract(stop).subtract(BigInteger.ONE).divide(step.negate()).add(BigInteger.ONE);
        }
        return n.longValue();
    }

    public BigInteger get(long i) {
        return start.add(step.multiply(BigInteger.valueOf(i)));
    }

    @Override
    public String typeName() {
        return "range";
    }

    @Override
    public long sizeof() {
        return 48;
    }

    @Override
    public String shortValue() {
        return Reprs.rangeRepr(this);
    }
}
