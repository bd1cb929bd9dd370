package com.studyhall.catalog;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * The course page's published part (course, published outline with its study-time estimates,
 * instructor) as every learner and visitor sees it, kept in memory per course.
 * <p>
 * The course page read it from four tables on every request; it changes only when an editor saves
 * the course, its sections or content, or the instructor their profile. {@link CatalogChanges} and
 * {@link CoursePageChanges} drop it when this node commits such a change; another node's edit shows
 * within {@code app.catalog.cache-ttl}, as the catalog's does. Editors never read from here.
 */
@Component
class PublishedCoursePages {

    private final ExpiringSnapshots<String, CourseOverview> bySlug;

    PublishedCoursePages(@Value("${app.catalog.cache-ttl:5s}") Duration ttl) {
        this.bySlug = new ExpiringSnapshots<>(ttl, System::nanoTime);
    }

    /** The published course's page, or what the loader reads; null when it finds no published course. */
    CourseOverview get(String slug, Supplier<CourseOverview> loader) {
        return bySlug.get(slug, loader);
    }

    void invalidateAll() {
        bySlug.invalidateAll();
    }
}
