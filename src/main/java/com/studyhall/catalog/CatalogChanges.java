package com.studyhall.catalog;

import com.studyhall.catalog.search.CourseSearch;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Entity listener on courses, sections and categories: any saved change drops the cached catalog, course pages and search index,
 * at once and again when the transaction ends, so a visitor never keeps what was read before the
 * commit. Hibernate creates it through Spring, which hands it the cache.
 */
class CatalogChanges {

    // A provider, because a JPA slice test has entities but no catalog cache to drop.
    private final ObjectProvider<PublishedShelves> shelves;
    private final ObjectProvider<CourseSearch> search;
    private final ObjectProvider<PublishedCoursePages> coursePages;
    private final ObjectProvider<CatalogDependentCopies> dependents;

    CatalogChanges(ObjectProvider<PublishedShelves> shelves, ObjectProvider<CourseSearch> search,
                   ObjectProvider<PublishedCoursePages> coursePages, ObjectProvider<CatalogDependentCopies> dependents) {
        this.shelves = shelves;
        this.search = search;
        this.coursePages = coursePages;
        this.dependents = dependents;
    }

    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(Object entity) {
        ExpiringSnapshots.dropNowAndAfterTransaction(this::forget);
    }

    private void forget() {
        shelves.ifAvailable(PublishedShelves::invalidate);
        search.ifAvailable(CourseSearch::invalidate);
        coursePages.ifAvailable(PublishedCoursePages::invalidateAll);
        dependents.forEach(CatalogDependentCopies::catalogChanged);
    }
}
