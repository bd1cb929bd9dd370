package com.studyhall.assessment;

/** An attempt as its learner sees it: the sheet while it is open, the review once it is closed. */
public sealed interface AttemptPage permits AttemptSheet, AttemptReview {

    TestHeading heading();

    /** Which course, section and test an attempt page is about. */
    record TestHeading(String courseSlug, String courseTitle, String sectionSlug, String sectionTitle,
                       long attemptId, int attemptNumber, int attemptsAllowed) {
    }
}
