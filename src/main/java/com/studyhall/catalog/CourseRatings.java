package com.studyhall.catalog;

import java.util.Collection;
import java.util.Map;

/**
 * Learners' ratings of courses, for the catalog's cards and its "Best rated" order. The catalog
 * does not keep ratings: the feature that does implements this as a bean. Without one, cards show
 * no rating and the order is not offered.
 */
public interface CourseRatings {

    /** Average (1–5) and number of ratings by course id; courses nobody rated are missing. */
    Map<Long, Rating> of(Collection<Long> courseIds);

    record Rating(double average, long count) {
    }
}
