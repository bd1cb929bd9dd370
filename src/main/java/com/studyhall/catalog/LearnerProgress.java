package com.studyhall.catalog;

import java.util.Map;

/**
 * How far a learner has come in a course, for the course page. Declared here so the catalog
 * needs no study code; the study feature implements it.
 */
public interface LearnerProgress {

    CourseProgress of(long userId, long courseId);

    /** Percent done in the whole course and in each section, by section slug. */
    record CourseProgress(int percent, Map<String, Integer> sectionPercents) {

        public Integer section(String slug) {
            return sectionPercents.get(slug);
        }
    }
}
