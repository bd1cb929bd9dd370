package com.studyhall.catalog;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;

/** Which course the home page features: an admin's choice, kept in the storefront row. */
@Service
public class StorefrontService {

    private final StorefrontRepository storefront;
    private final CourseRepository courses;
    private final Clock clock;

    StorefrontService(StorefrontRepository storefront, CourseRepository courses, Clock clock) {
        this.storefront = storefront;
        this.courses = courses;
        this.clock = clock;
    }

    /** The featured course's id as stored, or null for none (it may since have been unpublished). */
    @Transactional(readOnly = true)
    public Long featuredCourseId() {
        return row().getFeaturedCourseId();
    }

    /** The courses an admin may feature: the published ones, by title. */
    @Transactional(readOnly = true)
    public List<Course> candidates() {
        return courses.findPublished();
    }

    /** An admin features a published course, or none ({@code courseId} null); returns its title, or null. */
    @Transactional
    public String feature(Long courseId, long adminId) {
        String title = null;
        if (courseId != null) {
            title = courses.findById(courseId).filter(c -> c.isPublished() && !c.isTrashed()).map(Course::getTitle)
                    .orElseThrow(() -> new BadCatalogQueryException("Only a published course can be featured; course "
                            + courseId + " is not one."));
        }
        row().feature(courseId, adminId, clock.instant());
        return title;
    }

    /** Features this course unless someone has already chosen (the demo data's first start). */
    @Transactional
    public void featureIfNoneChosen(long courseId) {
        Storefront row = row();
        if (!row.isChosen()) {
            row.feature(courseId, null, clock.instant());
        }
    }

    private Storefront row() {
        return storefront.findById(Storefront.ONLY_ROW)
                .orElseThrow(() -> new IllegalStateException("The storefront row (V21_1) is missing"));
    }
}
