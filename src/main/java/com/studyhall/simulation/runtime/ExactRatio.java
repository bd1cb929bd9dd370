package com.studyhall.simulation.runtime;

import java.math.BigInteger;

/**
 * A fraction in lowest terms (fractions.Fraction as statistics uses it): sums of exact ratios,
 * and the conversions of Lib/statistics.py's _convert and _float_sqrt_of_frac, each rounded once
 * as CPython's int true division rounds.
 */
record ExactRatio(BigInteger num, BigInteger den) {
    static final ExactRatio ZERO = new ExactRatio(BigInteger.ZERO, BigInteger.ONE);

    static ExactRatio of(BigInteger n, BigInteger d) {
        if (d.signum() < 0) {
            n = n.negate();
            d = d.negate();
        }
        BigInteger g = n.gcd(d);
        return g.signum() == 0 || g.equals(BigInteger.ONE) ? new ExactRatio(n, d) : new ExactRatio(n.divide(g), d.divide(g));
    }

    /** float.as_integer_ratio: a finite double exactly. */
    static ExactRatio of(double x) {
        return of(new java.math.BigDecimal(x));
    }

    private static ExactRatio of(java.math.BigDecimal x) {
        return x.scale() <= 0 ? of(x.toBigIntegerExact(), BigInteger.ONE) : of(x.unscaledValue(), BigInteger.TEN.pow(x.scale()));
    }

    ExactRatio plus(ExactRatio o) {
        return of(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den));
    }

    ExactRatio minus(ExactRatio o) {
        return plus(new ExactRatio(o.num.negate(), o.den));
    }

    ExactRatio times(ExactRatio o) {
        return of(num.multiply(o.num), den.multiply(o.den));
    }

    ExactRatio dividedBy(long n) {
        return of(num, den.multiply(BigInteger.valueOf(n)));
    }

    boolean isInteger() {
        return den.equals(BigInteger.ONE);
    }

    double toDouble() {
        return divide(num, den);
    }

    /** int / int in CPython: the quotient correctly rounded to a double. */
    static double divide(BigInteger n, BigInteger d) {
        if (n.signum() == 0) return d.signum() < 0 ? -0.0 : 0.0;
        boolean negative = n.signum() != d.signum();
        n = n.abs();
        d = d.abs();
        // 55 or 56 bits of quotient, the lowest one sticky: (double) then rounds once, half to even.
        int shift = 55 - (n.bitLength() - d.bitLength());
        BigInteger[] qr = shift >= 0 ? n.shiftLeft(shift).divideAndRemainder(d) : n.divideAndRemainder(d.shiftLeft(-shift));
        BigInteger q = qr[1].signum() == 0 ? qr[0] : qr[0].setBit(0);
        double r = Math.scalb((double) q.longValueExact(), -shift);
        if (Double.isInfinite(r)) throw new com.studyhall.simulation.heap.PyRaise("OverflowError", "integer division result too large for a float");
        return negative ? -r : r;
    }

    /** _float_sqrt_of_frac: the square root of this (not negative) fraction, correctly rounded. */
    double sqrt() {
        int q = Math.floorDiv(num.bitLength() - den.bitLength() - 109, 2);
        if (q >= 0) return divide(sqrtRoundToOdd(num, den.shiftLeft(2 * q)).shiftLeft(q), BigInteger.ONE);
        return divide(sqrtRoundToOdd(num.shiftLeft(-2 * q), den), BigInteger.ONE.shiftLeft(-q));
    }

    /** _integer_sqrt_of_frac_rto: isqrt(n // m), its last bit set when inexact. */
    private static BigInteger sqrtRoundToOdd(BigInteger n, BigInteger m) {
        BigInteger a = n.divide(m).sqrt();
        return a.multiply(a).multiply(m).equals(n) ? a : a.setBit(0);
    }
}
