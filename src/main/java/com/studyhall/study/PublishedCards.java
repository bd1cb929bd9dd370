package com.studyhall.study;

import com.studyhall.catalog.ExpiringSnapshots;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

/**
 * Each section's flashcards and glossary cards, kept in memory: "My learning" and the review page
 * read every enrolled section's cards, text and all, to build the review queue, though they are
 * the same for every learner and change only when an editor saves. {@link SectionContentChanges}
 * drops them when this node writes content, a section or a course (the cards carry their titles
 * and address); another node's edit shows within {@code app.catalog.cache-ttl}.
 */
@Component
class PublishedCards {

    private final ExpiringSnapshots<Long, List<StudyCard>> bySection;

    PublishedCards(@Value("${app.catalog.cache-ttl:5s}") Duration ttl) {
        this.bySection = new ExpiringSnapshots<>(ttl, System::nanoTime);
    }

    List<StudyCard> get(long sectionId, Supplier<List<StudyCard>> loader) {
        return bySection.get(sectionId, loader);
    }

    void invalidateAll() {
        bySection.invalidateAll();
    }
}
