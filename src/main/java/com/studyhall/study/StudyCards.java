package com.studyhall.study;

import com.studyhall.catalog.Section;
import com.studyhall.catalog.ExpiringSnapshots;
import jakarta.persistence.EntityManager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads the cards of sections: every flashcard, and every glossary term as a card. Also which
 * sections of a course are published, kept in memory per course like the cards (read on every
 * course page, "My learning" and review page): dropped when this node writes content, a section or
 * a course ({@link SectionContentChanges}), another node's change showing within
 * {@code app.catalog.cache-ttl}.
 */
@Component
class StudyCards implements KeptWithContent {

    private final EntityManager entities;
    private final LearnerRows learnerRows;
    private final PublishedCards published;
    private final ExpiringSnapshots<Long, List<Section>> sectionsByCourse;

    StudyCards(EntityManager entities, LearnerRows learnerRows, PublishedCards published,
               @Value("${app.catalog.cache-ttl:5s}") Duration ttl) {
        this.entities = entities;
        this.learnerRows = learnerRows;
        this.published = published;
        this.sectionsByCourse = new ExpiringSnapshots<>(ttl, System::nanoTime);
    }

    /**
     * The published sections of published courses, in course order, then section order. A
     * read-only transaction gets the kept sections (detached, shared: to be read, never changed);
     * one that writes reads its own.
     */
    List<Section> publishedSections(List<Long> courseIds) {
        if (courseIds.isEmpty()) {
            return List.of();
        }
        if (!TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            return read(courseIds);
        }
        List<Section> sections = new ArrayList<>();
        for (long courseId : new LinkedHashSet<>(courseIds)) {
            sections.addAll(sectionsByCourse.get(courseId, () -> read(List.of(courseId))));
        }
        return List.copyOf(sections);
    }

    @Override
    public void forget() {
        sectionsByCourse.invalidateAll();
    }

    private List<Section> read(List<Long> courseIds) {
        List<Section> sections = IdList.read(entities, "select s from Section s join fetch s.course c "
                + "where c.id in (:ids) and c.published = true and s.published = true and s.trashedAt is null",
                Section.class, courseIds, query -> { });
        return sections.stream()
                .sorted(Comparator.comparing((Section s) -> courseIds.indexOf(s.getCourse().getId()))
                        .thenComparingInt(Section::getPosition))
                .toList();
    }

    /** The cards of the sections, in their order: a section's flashcards, then its glossary (from memory). */
    List<StudyCard> cards(List<Section> sections) {
        List<StudyCard> cards = new ArrayList<>();
        sections.forEach(section -> cards.addAll(published.get(section.getId(), () -> read(section))));
        return cards;
    }

    private List<StudyCard> read(Section section) {
        List<StudyCard> cards = new ArrayList<>();
        entities.createQuery("select f from Flashcard f where f.section.id = :id order by f.position", Flashcard.class)
                .setParameter("id", section.getId()).getResultList().forEach(f -> cards.add(card(section,
                        new CardRef(CardKind.FLASHCARD, f.getId()), f.getFront(), f.getBack())));
        entities.createQuery("select g from GlossaryTerm g where g.section.id = :id order by g.position", GlossaryTerm.class)
                .setParameter("id", section.getId()).getResultList().forEach(g -> cards.add(card(section,
                        new CardRef(CardKind.GLOSSARY, g.getId()), g.getTerm(), g.getDefinition())));
        return List.copyOf(cards);
    }

    /** The cards of the sections and, after them, the learner's own cards of those sections. */
    List<StudyCard> cards(List<Section> sections, long userId) {
        List<StudyCard> cards = new ArrayList<>(cards(sections));
        Map<Long, Section> byId = sections.stream().collect(Collectors.toMap(Section::getId, Function.identity()));
        if (!byId.isEmpty()) {
            learnerRows.ownCards(userId, byId.keySet()).forEach(own -> cards.add(
                    card(byId.get(own.getSection().getId()), new CardRef(CardKind.OWN, own.getId()), own.getFront(), own.getBack())));
        }
        return cards;
    }

    private static StudyCard card(Section section, CardRef ref, String front, String back) {
        return new StudyCard(ref, section.getId(), section.getCourse().getTitle(), section.getTitle(),
                "/courses/" + section.getCourse().getSlug() + "/" + section.getSlug(), front, back);
    }
}
