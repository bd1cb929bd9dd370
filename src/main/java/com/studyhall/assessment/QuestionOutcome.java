package com.studyhall.assessment;

import java.math.BigDecimal;

/**
 * How one closed attempt did on one question, the raw material of item statistics: the points it
 * earned (null while an essay awaits grading) of the question's points.
 */
public record QuestionOutcome(Long attemptId, Long questionId, BigDecimal awarded, int points) {

    /** The share of the question's points earned, 0 to 1 (0.5 for half of them); null while ungraded. */
    public Double score() {
        return awarded == null || points == 0 ? null : awarded.doubleValue() / points;
    }
}
