package com.studyhall.gradebook;

import com.studyhall.assessment.AttemptLog;
import com.studyhall.assessment.LearnerOverrides;
import com.studyhall.audit.AuditEvent;

import java.util.List;
import java.util.Map;

/** One learner in one course: their gradebook row and every attempt, test by test. */
public record LearnerRecord(String courseSlug, String courseTitle, Gradebook.LearnerRow learner,
                            List<Gradebook.TestColumn> tests, List<Gradebook.SectionColumn> sections,
                            Map<Long, List<AttemptLog.Entry>> attemptsByTest,
                            Map<Long, LearnerOverrides.Grant> grants, List<AuditEvent> overrideHistory) {

    public List<AttemptLog.Entry> attempts(long testId) {
        return attemptsByTest.getOrDefault(testId, List.of());
    }

    /** What the learner was granted on the test beyond its settings; null if nothing. */
    public LearnerOverrides.Grant grant(long testId) {
        return grants.get(testId);
    }
}
