package com.studyhall.study;

import java.util.ArrayList;
import java.util.List;

/**
 * A bar chart laid out for an SVG of {@value #WIDTH} × {@value #HEIGHT} units: the template only
 * draws the rectangles, and lists the same numbers in a table for screen readers.
 */
public record BarChart(String title, String unit, List<Bar> bars, long max) {

    static final int WIDTH = 600;
    static final int HEIGHT = 160;
    static final int GAP = 2;

    static BarChart of(String title, String unit, List<String> labels, List<Long> values) {
        long max = values.stream().mapToLong(Long::longValue).max().orElse(0);
        double slot = (double) WIDTH / Math.max(1, labels.size());
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            long value = values.get(i);
            double height = max == 0 ? 0 : (HEIGHT - 20) * (double) value / max;
            bars.add(new Bar(labels.get(i), value, round(i * slot + GAP / 2.0), round(HEIGHT - height),
                    round(Math.max(1, slot - GAP)), round(height)));
        }
        return new BarChart(title, unit, bars, max);
    }

    public long total() {
        return bars.stream().mapToLong(Bar::value).sum();
    }

    private static double round(double units) {
        return Math.round(units * 10) / 10.0;
    }

    /** One bar: what it counts, its value and its rectangle. */
    public record Bar(String label, long value, double x, double y, double width, double height) {
    }
}
