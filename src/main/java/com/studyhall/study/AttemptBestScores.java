package com.studyhall.study;

import com.studyhall.accounts.LearnerRowsSnapshots;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Best scores read from the graded mock-test attempts. It lives in study, which already reads
 * assessment, so that the two packages never depend on each other in a cycle. The learner's best
 * score in every section is read once per version of their rows and kept with them
 * ({@link LearnerRowsSnapshots}): grading or reopening an attempt moves that version (a
 * {@code TestAttempt} is a learner's own row), on any node.
 */
@Component
class AttemptBestScores implements BestScores {

    private static final String BEST_BY_SECTION = """
            select a.mockTest.section.id, max(a.scorePoints * 100 / a.maxPoints) from TestAttempt a
            where a.learnerId = :learnerId and a.scorePoints is not null and a.maxPoints > 0
            group by a.mockTest.section.id""";

    private final EntityManager entities;
    private final LearnerRowsSnapshots kept;

    AttemptBestScores(EntityManager entities, LearnerRowsSnapshots kept) {
        this.entities = entities;
        this.kept = kept;
    }

    @Override
    public Map<Long, Integer> bestPercent(long userId, Collection<Long> sectionIds) {
        Map<Long, Integer> everySection = kept.part(userId, AttemptBestScores.class, () -> {
            var best = new HashMap<Long, Integer>();
            for (Object[] row : entities.createQuery(BEST_BY_SECTION, Object[].class)
                    .setParameter("learnerId", userId).getResultList()) {
                best.put((Long) row[0], ((Number) row[1]).intValue());
            }
            return Map.copyOf(best);
        });
        var best = new HashMap<Long, Integer>();
        for (Long section : sectionIds) {
            Integer percent = everySection.get(section);
            if (percent != null) {
                best.put(section, percent);
            }
        }
        return best;
    }
}
