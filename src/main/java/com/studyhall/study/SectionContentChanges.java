package com.studyhall.study;

import com.studyhall.assessment.MockTest;
import com.studyhall.assessment.Question;
import com.studyhall.assessment.QuestionOption;
import com.studyhall.catalog.Course;
import com.studyhall.catalog.CourseContentChanged;
import com.studyhall.catalog.Section;
import com.studyhall.catalog.ExpiringSnapshots;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostCollectionRecreateEventListener;
import org.hibernate.event.spi.PostCollectionRemoveEventListener;
import org.hibernate.event.spi.PostCollectionUpdateEventListener;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Set;

/**
 * Drops {@link PublishedSectionContents}, {@link PublishedCards}, {@link SectionSizes} and every
 * {@link KeptWithContent} whenever this node writes study content: through
 * Hibernate (any insert, update or delete of a content entity or its collections, from the studio,
 * an import or the demo data) and through the studio's history ({@link CourseContentChanged}, which
 * also covers what the studio writes with plain SQL). Each drop happens at once and again when the
 * transaction ends, so a learner reading between the write and the commit does not keep old content.
 */
@Component
class SectionContentChanges {

    private static final Set<Class<?>> CONTENT = Set.of(LessonPart.class, TranscriptTurn.class,
            SectionSummary.class, AudiobookChapter.class, KeyConcept.class, WorkedExample.class, MemoryAid.class,
            Flashcard.class, GlossaryTerm.class, MockTest.class, Question.class, QuestionOption.class);

    /** The cards carry their section's and course's titles and address. */
    private static final Set<Class<?>> CARD_HEADINGS = Set.of(Section.class, Course.class);

    private final PublishedSectionContents contents;
    private final PublishedCards cards;
    private final SectionSizes sizes;
    private final List<KeptWithContent> keptElsewhere;

    SectionContentChanges(PublishedSectionContents contents, PublishedCards cards, SectionSizes sizes,
                          List<KeptWithContent> keptElsewhere, EntityManagerFactory entityManagerFactory) {
        this.contents = contents;
        this.cards = cards;
        this.sizes = sizes;
        this.keptElsewhere = keptElsewhere;
        EventListenerRegistry listeners = entityManagerFactory.unwrap(SessionFactoryImplementor.class)
                .getServiceRegistry().requireService(EventListenerRegistry.class);
        listeners.appendListeners(EventType.POST_INSERT, (PostInsertEventListener) e -> changed(e.getEntity()));
        listeners.appendListeners(EventType.POST_UPDATE, (PostUpdateEventListener) e -> changed(e.getEntity()));
        listeners.appendListeners(EventType.POST_DELETE, (PostDeleteEventListener) e -> changed(e.getEntity()));
        listeners.appendListeners(EventType.POST_COLLECTION_RECREATE,
                (PostCollectionRecreateEventListener) e -> changed(e.getAffectedOwnerOrNull()));
        listeners.appendListeners(EventType.POST_COLLECTION_UPDATE,
                (PostCollectionUpdateEventListener) e -> changed(e.getAffectedOwnerOrNull()));
        listeners.appendListeners(EventType.POST_COLLECTION_REMOVE,
                (PostCollectionRemoveEventListener) e -> changed(e.getAffectedOwnerOrNull()));
    }

    @EventListener
    void studioChanged(CourseContentChanged change) {
        forgetNowAndAfterTransaction();
    }

    private void changed(Object entity) {
        Class<?> type = entity == null ? null : org.hibernate.Hibernate.getClass(entity);
        if (CONTENT.contains(type)) {
            forgetNowAndAfterTransaction();
        } else if (CARD_HEADINGS.contains(type)) {
            ExpiringSnapshots.dropNowAndAfterTransaction(() -> {
                cards.invalidateAll();
                keptElsewhere.forEach(KeptWithContent::forget);
            });
        }
    }

    private void forgetNowAndAfterTransaction() {
        ExpiringSnapshots.dropNowAndAfterTransaction(() -> {
            contents.invalidateAll();
            cards.invalidateAll();
            sizes.invalidateAll();
            keptElsewhere.forEach(KeptWithContent::forget);
        });
    }
}
