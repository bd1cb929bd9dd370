package com.studyhall.study;

import com.studyhall.assessment.TestAttemptRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Best scores read from the graded mock-test attempts. It lives in study, which already reads
 * assessment, so that the two packages never depend on each other in a cycle.
 */
@Component
class AttemptBestScores implements BestScores {

    private final TestAttemptRepository attempts;

    AttemptBestScores(TestAttemptRepository attempts) {
        this.attempts = attempts;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, Integer> bestPercent(long userId, Collection<Long> sectionIds) {
        var best = new HashMap<Long, Integer>();
        if (sectionIds.isEmpty()) {
            return best;
        }
        for (Object[] row : attempts.bestPercentBySection(userId, sectionIds)) {
            best.put((Long) row[0], ((Number) row[1]).intValue());
        }
        return best;
    }
}
