package com.studyhall.catalog;

import java.time.Duration;

/** A course's size as the storefront shows it: what there is to study and about how long it takes. */
public record CourseNumbers(long sections, long lessonParts, long cards, long questions, Duration estimate) {

    /** "about 4.5 hours", to the half hour; "about 40 minutes" under an hour. */
    public String estimateText() {
        long minutes = estimate.toMinutes();
        if (minutes < 60) {
            long rounded = Math.max(5, Math.round(minutes / 5.0) * 5);
            return "about " + rounded + " minutes";
        }
        double halfHours = Math.round(minutes / 30.0) / 2.0;
        String hours = halfHours == Math.floor(halfHours) ? String.valueOf((long) halfHours) : String.valueOf(halfHours);
        return "about " + hours + (halfHours == 1 ? " hour" : " hours");
    }
}
