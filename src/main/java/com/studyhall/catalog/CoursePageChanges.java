package com.studyhall.catalog;

import com.studyhall.accounts.UserAccount;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Drops {@link PublishedCoursePages} for what the course entities' own listener ({@link CatalogChanges})
 * does not see: content the studio changed (the outline's formats and study times) and an
 * instructor's name, bio or photo. At once and again when the transaction ends, so a page read
 * between the write and the commit is not kept.
 */
@Component
class CoursePageChanges {

    private final PublishedCoursePages pages;

    CoursePageChanges(PublishedCoursePages pages, EntityManagerFactory entityManagerFactory) {
        this.pages = pages;
        entityManagerFactory.unwrap(SessionFactoryImplementor.class).getServiceRegistry()
                .requireService(EventListenerRegistry.class)
                .appendListeners(EventType.POST_UPDATE, (PostUpdateEventListener) e -> {
                    if (e.getEntity() instanceof UserAccount) {
                        forgetNowAndAfterTransaction();
                    }
                });
    }

    @EventListener
    void contentChanged(CourseContentChanged change) {
        forgetNowAndAfterTransaction();
    }

    private void forgetNowAndAfterTransaction() {
        ExpiringSnapshots.dropNowAndAfterTransaction(pages::invalidateAll);
    }
}
