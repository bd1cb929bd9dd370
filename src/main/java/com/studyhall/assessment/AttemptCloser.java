package com.studyhall.assessment;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Closes an open attempt and grades it with the answers saved in it; the one place grading happens. */
@Component
class AttemptCloser {

    private final TestAttemptRepository attempts;
    private final AttemptQuestionRepository attemptQuestions;

    AttemptCloser(TestAttemptRepository attempts, AttemptQuestionRepository attemptQuestions) {
        this.attempts = attempts;
        this.attemptQuestions = attemptQuestions;
    }

    /**
     * Returns true for the one caller that closed the attempt; false when it was already closed.
     * Clears the persistence context: entities loaded before are detached afterwards.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean closeAndGrade(long attemptId, AttemptStatus closedAs, Instant now) {
        // Expired means past the deadline (every caller checks that first), so it closes as of the deadline.
        int closed = closedAs == AttemptStatus.EXPIRED ? attempts.expire(attemptId) : attempts.close(attemptId, closedAs, now);
        if (closed == 0) {
            return false;
        }
        // Read after the close: every answer committed before it is in, none can follow it.
        TestAttempt attempt = attempts.findById(attemptId).orElseThrow();
        List<AttemptQuestion> rows = attemptQuestions.findByAttempt(attemptId);
        attempt.recordGrade(total(rows), attempt.getMockTest().settings().passMarkPercent());
        return true;
    }

    /** Grades every row and adds up the points; null while an essay awaits an instructor's grade. */
    static BigDecimal total(List<AttemptQuestion> rows) {
        BigDecimal points = Points.ZERO;
        boolean awaiting = false;
        for (AttemptQuestion row : rows) {
            BigDecimal earned = row.gradeWithKey();
            if (earned == null) {
                awaiting = true;
            } else {
                points = points.add(earned);
            }
        }
        return awaiting ? null : points;
    }
}
