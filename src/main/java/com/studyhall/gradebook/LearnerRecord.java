package com.studyhall.gradebook;

import com.studyhall.assessment.AttemptLog;

import java.util.List;
import java.util.Map;

/** One learner in one course: their gradebook row and every attempt, test by test. */
public record LearnerRecord(String courseSlug, String courseTitle, Gradebook.LearnerRow learner,
                            List<Gradebook.TestColumn> tests, List<Gradebook.SectionColumn> sections,
                            Map<Long, List<AttemptLog.Entry>> attemptsByTest) {

    public List<AttemptLog.Entry> attempts(long testId) {
        return attemptsByTest.getOrDefault(testId, List.of());
    }
}
