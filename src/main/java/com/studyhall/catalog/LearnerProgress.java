package com.studyhall.catalog;

import java.util.Map;

/**
 * How far a learner has come in a course, for the course page. Declared here so the catalog
 * needs no study code; the study feature implements it.
 */
public interface LearnerProgress {

    CourseProgress of(long userId, long courseId);

    /**
     * Percent done in the whole course and in each section, by section slug; and where to go on
     * ({@code continueLead} "Continue where you left off:", {@code continueTitle} and {@code continuePath}
     * of a section), all three null when the course is finished.
     */
    record CourseProgress(int percent, Map<String, Integer> sectionPercents, String continueLead,
                          String continueTitle, String continuePath) {

        public Integer section(String slug) {
            return sectionPercents.get(slug);
        }

        /** Whether some section is done to the last item: what earns the right to review the course. */
        public boolean finishedASection() {
            return sectionPercents.values().stream().anyMatch(p -> p >= 100);
        }
    }
}
