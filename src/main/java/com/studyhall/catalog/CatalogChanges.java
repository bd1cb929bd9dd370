package com.studyhall.catalog;

import com.studyhall.catalog.search.CourseSearch;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Entity listener on courses, sections and categories: any saved change drops the cached catalog and search index,
 * at once and again when the transaction ends, so a visitor never keeps what was read before the
 * commit. Hibernate creates it through Spring, which hands it the cache.
 */
class CatalogChanges {

    // A provider, because a JPA slice test has entities but no catalog cache to drop.
    private final ObjectProvider<PublishedShelves> shelves;
    private final ObjectProvider<CourseSearch> search;

    CatalogChanges(ObjectProvider<PublishedShelves> shelves, ObjectProvider<CourseSearch> search) {
        this.shelves = shelves;
        this.search = search;
    }

    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(Object entity) {
        forget();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    forget();
                }
            });
        }
    }

    private void forget() {
        shelves.ifAvailable(PublishedShelves::invalidate);
        search.ifAvailable(CourseSearch::invalidate);
    }
}
