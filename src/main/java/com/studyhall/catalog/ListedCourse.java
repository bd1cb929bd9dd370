package com.studyhall.catalog;

import java.time.Instant;

/** A published course with what the catalog filters and sorts it by; {@code rating} is null when unrated. */
public record ListedCourse(long id, CourseCard card, String categorySlug, CourseLevel level, long learners,
                           Instant createdAt, CourseRating rating) {
}
