package com.studyhall.study;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.List;

/**
 * A learner's marks and card states in some sections, read on every course page, section page,
 * {@code /my} and {@code /review}: through {@link IdList}, so Hibernate translates each query once.
 */
@Component
class LearnerRows {

    private final EntityManager entities;

    LearnerRows(EntityManager entities) {
        this.entities = entities;
    }

    List<StudyMark> marks(long userId, Collection<Long> sectionIds) {
        return IdList.read(entities, "select m from StudyMark m where m.userId = :userId and m.sectionId in (:ids)",
                StudyMark.class, sectionIds, query -> query.setParameter("userId", userId));
    }

    List<CardSchedule> schedules(long userId, Collection<Long> sectionIds) {
        return IdList.read(entities, "select c from CardSchedule c where c.userId = :userId and c.sectionId in (:ids)",
                CardSchedule.class, sectionIds, query -> query.setParameter("userId", userId));
    }

    /** The learner's own cards in the sections, oldest first. */
    List<OwnCard> ownCards(long userId, Collection<Long> sectionIds) {
        return IdList.read(entities, "select o from OwnCard o where o.userId = :userId and o.section.id in (:ids)",
                OwnCard.class, sectionIds, query -> query.setParameter("userId", userId)).stream()
                .sorted(java.util.Comparator.comparing(OwnCard::getId)).toList();
    }
}
