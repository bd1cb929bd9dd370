package com.studyhall.assessment;

/** When a learner sees which answers were right. */
public enum FeedbackTiming {
    AFTER_EACH_ATTEMPT, AFTER_LAST_ATTEMPT, NEVER
}
