package com.studyhall.catalog;

import java.util.Collection;
import java.util.Map;

/**
 * Learners' ratings and reviews, as the catalog shows them. Declared here so the catalog needs no
 * review code; the review feature implements it. The home page's cards ask {@link #ratings}.
 */
public interface CourseReviews {

    /** Average and count of the visible reviews, by course id; courses without reviews are missing. */
    Map<Long, CourseRating> ratings(Collection<Long> courseIds);

    default CourseRating rating(long courseId) {
        return ratings(java.util.List.of(courseId)).getOrDefault(courseId, CourseRating.NONE);
    }

    /** The course page's reviews block for this viewer, drawn by {@code templates/review/fragments.html}. */
    Block block(long courseId, Viewer viewer);

    /** What the reviews fragment reads; the catalog only hands it to the template. */
    interface Block {
    }
}
