package com.studyhall.study;

import java.util.Collection;
import java.util.Map;

/**
 * A learner's best mock-test score per section, in percent. Study shows it on progress; the
 * mock-test feature provides the implementation. Until one exists, progress says "no attempt yet".
 */
public interface BestScores {

    /** Best score per section id, for the sections the learner has attempted; others are absent. */
    Map<Long, Integer> bestPercent(long userId, Collection<Long> sectionIds);
}
