package com.studyhall.study;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** When learners last studied some sections: a part or chapter marked, or a card reviewed. */
@Service
public class LearnerActivity {

    private final StudyMarkRepository marks;
    private final CardScheduleRepository cards;

    LearnerActivity(StudyMarkRepository marks, CardScheduleRepository cards) {
        this.marks = marks;
        this.cards = cards;
    }

    /** The latest study moment of each learner in these sections; learners who never studied are absent. */
    @Transactional(readOnly = true)
    public Map<Long, Instant> lastStudied(Collection<Long> learnerIds, Collection<Long> sectionIds) {
        Map<Long, Instant> latest = new HashMap<>();
        if (learnerIds.isEmpty() || sectionIds.isEmpty()) {
            return latest;
        }
        merge(latest, marks.lastMarkedAt(learnerIds, sectionIds));
        merge(latest, cards.lastReviewedAt(learnerIds, sectionIds));
        return latest;
    }

    /** Every moment since {@code since} at which one of these learners marked a part or chapter of these sections done. */
    @Transactional(readOnly = true)
    public List<Instant> marksSince(Collection<Long> learnerIds, Collection<Long> sectionIds, Instant since) {
        if (learnerIds.isEmpty() || sectionIds.isEmpty()) {
            return List.of();
        }
        return marks.markedSince(learnerIds, sectionIds, since);
    }

    private static void merge(Map<Long, Instant> latest, List<Object[]> rows) {
        for (Object[] row : rows) {
            if (row[1] != null) {
                latest.merge((Long) row[0], (Instant) row[1], (a, b) -> a.isAfter(b) ? a : b);
            }
        }
    }
}
