package com.studyhall.study;

import java.time.Duration;
import java.util.Locale;

/** Short labels for review intervals, as the grade buttons show them. */
final class Intervals {

    private Intervals() {
    }

    static String label(Duration interval) {
        long minutes = Math.max(1, Math.round(interval.toSeconds() / 60.0));
        if (minutes < 60) {
            return minutes + "m";
        }
        if (minutes < 24 * 60) {
            return Math.round(minutes / 60.0) + "h";
        }
        double days = minutes / 1440.0;
        if (days < 30) {
            return Math.round(days) + "d";
        }
        if (days < 365) {
            return oneDecimal(days / 30.4) + "mo";
        }
        return oneDecimal(days / 365.25) + "y";
    }

    private static String oneDecimal(double value) {
        String text = String.format(Locale.ROOT, "%.1f", value);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }
}
