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

    /**
     * The course page's reviews block for this viewer, drawn by {@code templates/review/fragments.html}.
     * The page already knows the viewer's standing in the course, so the block does not read it again.
     */
    Block block(CourseOverview course, Viewer viewer, Standing standing);

    /** What the course page knows of the viewer: enrolled, and whether they finished a section. */
    record Standing(boolean enrolled, boolean finishedASection) {
    }

    /** What the reviews fragment reads; the catalog hands it to the template and shows its rating. */
    interface Block {

        CourseRating rating();
    }
}
