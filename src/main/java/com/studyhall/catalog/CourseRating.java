package com.studyhall.catalog;

import java.util.Locale;

/** The average of a course's visible ratings (1–5) and how many there are; zero of both when none. */
public record CourseRating(double average, long count) {

    public static final CourseRating NONE = new CourseRating(0, 0);

    public boolean rated() {
        return count > 0;
    }

    /** The average with one decimal, as pages and the structured data print it ("4.5"). */
    public String averageText() {
        return String.format(Locale.ROOT, "%.1f", average);
    }
}
