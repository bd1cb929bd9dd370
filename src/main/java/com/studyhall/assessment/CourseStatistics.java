package com.studyhall.assessment;

import java.util.List;

/** Test statistics of a course for its editors: per section's test, then per question of its bank. */
public record CourseStatistics(String courseSlug, String courseTitle, List<TestFigures> tests) {

    /** One test; the figures are null while no attempt is closed. */
    public record TestFigures(String sectionSlug, String sectionTitle, int attempts, int learners, Double meanPercent,
                              Double medianPercent, Double passRate, int passMarkPercent, List<QuestionFigures> questions) {
    }

    /** One question of the bank; facility and discrimination are null until enough attempts drew it. */
    public record QuestionFigures(int position, QuestionType type, String prompt, boolean awaitingEngine,
                                  int timesDrawn, Double facility, Double discrimination) {

        /** Questions that many get wrong, or that strong learners miss as often as weak ones, deserve a look. */
        public boolean worthAReview() {
            return (facility != null && timesDrawn >= 5 && facility < 0.2)
                    || (discrimination != null && timesDrawn >= 5 && discrimination < 0);
        }
    }
}
