package com.studyhall.simulation.heap;

import java.math.BigInteger;

/** range(start, stop, step): not a container, so not tracked by the collector. */
public final class PyRange extends PyObject {
    public final BigInteger start;
    public final BigInteger stop;
    public final BigInteger step;

    private final long length;
    /** The exact number of items (compute_range_length), which may pass a long's range. */
    public final BigInteger bigLength;
    /** start and step as longs when both fit, so iterating does not build three BigIntegers a step. */
    private final boolean smallBounds;
    private final long startLong;
    private final long stepLong;
    private final boolean itemsFitLong;

    public PyRange(BigInteger start, BigInteger stop, BigInteger step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
        this.bigLength = computeLength();
        this.length = bigLength.bitLength() < 64 ? bigLength.longValue() : Long.MAX_VALUE;
        this.smallBounds = start.bitLength() < 63 && step.bitLength() < 63;
        this.startLong = smallBounds ? start.longValue() : 0;
        this.stepLong = smallBounds ? step.longValue() : 0;
        this.itemsFitLong = smallBounds && stop.bitLength() < 64;
    }

    /** The number of items, or Long.MAX_VALUE when there are more (see {@link #lengthFitsLong}). */
    public long length() {
        return length;
    }

    /** False for a range of more than Long.MAX_VALUE items: len() overflows, the rest works on {@link #bigLength}. */
    public boolean lengthFitsLong() {
        return bigLength.bitLength() < 64;
    }

    private BigInteger computeLength() {
        if (step.signum() > 0) {
            if (start.compareTo(stop) >= 0) return BigInteger.ZERO;
            return stop.subtract(start).subtract(BigInteger.ONE).divide(step).add(BigInteger.ONE);
        }
        if (start.compareTo(stop) <= 0) return BigInteger.ZERO;
        return start.subtract(stop).subtract(BigInteger.ONE).divide(step.negate()).add(BigInteger.ONE);
    }

    /**
     * True when start, stop and step fit a long: then every item does too (it lies between start
     * and stop), and {@link #getLong} is exact even where step * i overflows, since long arithmetic
     * wraps modulo 2**64 and the true result fits.
     */
    public boolean itemsFitLong() {
        return itemsFitLong;
    }

    /** Item i (0 <= i < length) as a long; only when {@link #itemsFitLong()}. */
    public long getLong(long i) {
        return startLong + stepLong * i;
    }

    public BigInteger get(long i) {
        if (smallBounds) {
            try {
                return BigInteger.valueOf(Math.addExact(startLong, Math.multiplyExact(stepLong, i)));
            } catch (ArithmeticException overflow) {
                // past 63 bits: the general path below
            }
        }
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
