package com.studyhall.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Points earned, kept to the hundredth as Moodle shows a mark (its default two decimal places):
 * a share is rounded to the nearest hundredth once, when it is earned, and from then on what is
 * stored is what is shown, summed and compared, so an attempt's total is always the sum of the
 * figures its review shows. A question's own points stay whole numbers.
 */
public final class Points {

    /** Decimal places kept (the columns are {@code numeric(10,2)}, migration V27_1). */
    public static final int SCALE = 2;

    public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(SCALE);

    private Points() {
    }

    public static BigDecimal of(long whole) {
        return BigDecimal.valueOf(whole).setScale(SCALE);
    }

    /** {@code points × numerator ÷ denominator}, to the nearest hundredth (Moodle's 0.9999999 thirds make 1.00). */
    static BigDecimal share(int points, BigDecimal numerator, BigDecimal denominator) {
        return BigDecimal.valueOf(points).multiply(numerator).divide(denominator, SCALE, RoundingMode.HALF_UP);
    }

    /** "0.5", "4.5", "2.25", "3": no trailing zeros, a point and never an exponent. */
    public static String text(BigDecimal points) {
        if (points == null) {
            return "";
        }
        BigDecimal plain = points.stripTrailingZeros();
        return (plain.scale() < 0 ? plain.setScale(0) : plain).toPlainString();
    }

    /** Whole percent, rounded down so the figure shown never overstates the score. */
    public static int percent(BigDecimal points, int maxPoints) {
        return points.multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(maxPoints), 0, RoundingMode.FLOOR)
                .intValueExact();
    }

    /** Exact: 69.99 % does not pass a 70 % mark, whatever the displayed rounding. */
    static boolean passes(BigDecimal points, int maxPoints, int passMarkPercent) {
        return maxPoints > 0 && points.multiply(BigDecimal.valueOf(100))
                .compareTo(BigDecimal.valueOf((long) passMarkPercent * maxPoints)) >= 0;
    }

    /** The same score, both null or equal in value whatever their scale ("1.5" is "1.50"). */
    public static boolean same(BigDecimal a, BigDecimal b) {
        return a == null || b == null ? a == b : a.compareTo(b) == 0;
    }

    /** Full marks, however the two figures are scaled. */
    static boolean full(BigDecimal awarded, int points) {
        return awarded != null && awarded.compareTo(BigDecimal.valueOf(points)) == 0;
    }
}
