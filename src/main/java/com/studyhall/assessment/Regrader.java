package com.studyhall.assessment;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies a fixed answer key to past attempts. The attempts keep showing the version the learner
 * saw; only right and wrong follow the question's current version (matched by option id), and
 * each closed attempt's score and pass are worked out again. Every attempt gone over is recorded
 * with its score before and after, so the learner's review can say what changed and who did it.
 * Points per question stay as drawn: a regrade fixes the key, not the weighting.
 */
@Service
public class Regrader {

    private final QuestionVersions versions;
    private final AttemptQuestionRepository attemptQuestions;
    private final QuestionRegradeRepository regrades;
    private final RegradeRepository regraded;
    private final Clock clock;

    Regrader(QuestionVersions versions, AttemptQuestionRepository attemptQuestions, QuestionRegradeRepository regrades,
             RegradeRepository regraded, Clock clock) {
        this.versions = versions;
        this.attemptQuestions = attemptQuestions;
        this.regrades = regrades;
        this.regraded = regraded;
        this.clock = clock;
    }

    /** What a regrade did: attempts gone over, and how many of their scores changed. */
    public record Outcome(int attempts, int scoresChanged) {
    }

    /** Call after the question's change is flushed, in the same transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Outcome regrade(Question question, Long actorId, String actorName) {
        QuestionVersion corrected = versions.current(question);
        List<AttemptQuestion> rows = attemptQuestions.findDrawnBefore(question.getId(), corrected.getId());
        if (rows.isEmpty()) {
            return new Outcome(0, 0);
        }
        Instant now = clock.instant();
        QuestionRegrade regrade = regrades.save(new QuestionRegrade(corrected, actorId, actorName, now));
        Map<Long, AttemptQuestion> byAttempt = new LinkedHashMap<>();
        rows.forEach(row -> {
            row.regradeWith(corrected);
            byAttempt.put(row.getAttempt().getId(), row);
        });
        int changed = 0;
        for (AttemptQuestion row : byAttempt.values()) {
            TestAttempt attempt = row.getAttempt();
            if (!attempt.getStatus().closed()) {
                continue; // graded with the corrected key when it closes
            }
            BigDecimal pointsBefore = attempt.getScorePoints();
            Boolean passedBefore = attempt.getPassed();
            BigDecimal points = AttemptCloser.total(attemptQuestions.findByAttempt(attempt.getId()));
            attempt.recordGrade(points, attempt.getMockTest().settings().passMarkPercent());
            regraded.save(new RegradedAttempt(regrade, attempt.getId(), row.getPosition(), pointsBefore, points,
                    passedBefore, attempt.getPassed()));
            if (!Points.same(pointsBefore, points)) {
                changed++;
            }
        }
        return new Outcome(byAttempt.size(), changed);
    }
}
