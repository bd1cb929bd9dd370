package com.studyhall.study;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Best scores read from the graded mock-test attempts. It lives in study, which already reads
 * assessment, so that the two packages never depend on each other in a cycle. The query names the
 * attempts by entity, through {@link IdList} so that Hibernate translates it once.
 */
@Component
class AttemptBestScores implements BestScores {

    private static final String BEST_BY_SECTION = """
            select a.mockTest.section.id, max(a.scorePoints * 100 / a.maxPoints) from TestAttempt a
            where a.learnerId = :learnerId and a.mockTest.section.id in (:ids)
              and a.scorePoints is not null and a.maxPoints > 0
            group by a.mockTest.section.id""";

    private final EntityManager entities;

    AttemptBestScores(EntityManager entities) {
        this.entities = entities;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, Integer> bestPercent(long userId, Collection<Long> sectionIds) {
        var best = new HashMap<Long, Integer>();
        for (Object[] row : IdList.read(entities, BEST_BY_SECTION, Object[].class, sectionIds,
                query -> query.setParameter("learnerId", userId))) {
            best.put((Long) row[0], ((Number) row[1]).intValue());
        }
        return best;
    }
}
