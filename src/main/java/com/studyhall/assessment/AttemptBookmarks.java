package com.studyhall.assessment;

import com.studyhall.catalog.Viewer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;

/**
 * What a learner keeps on an open attempt besides answers: questions flagged "for later", and the
 * question they were last on, so reopening the attempt (another day, another device) resumes there.
 * Both are stored with the attempt's answers, on the server.
 */
@Service
public class AttemptBookmarks {

    private final TestAttemptRepository attempts;
    private final AttemptQuestionRepository attemptQuestions;
    private final Clock clock;

    AttemptBookmarks(TestAttemptRepository attempts, AttemptQuestionRepository attemptQuestions, Clock clock) {
        this.attempts = attempts;
        this.attemptQuestions = attemptQuestions;
        this.clock = clock;
    }

    /**
     * Flags (or unflags) a question and makes it the one the learner is on. False when the attempt
     * is closed or its time is up: a flag matters only while answers can still change.
     */
    @Transactional
    public boolean flag(long attemptId, Viewer viewer, int position, boolean flagged) {
        requireQuestion(attemptId, viewer, position);
        if (attempts.lockIfOpen(attemptId, clock.instant()) == 0) {
            return false;
        }
        attemptQuestions.flag(attemptId, position, flagged);
        attempts.rememberPosition(attemptId, position);
        return true;
    }

    /** Remembers the question the learner moved to; nothing happens once the attempt is closed. */
    @Transactional
    public boolean visit(long attemptId, Viewer viewer, int position) {
        requireQuestion(attemptId, viewer, position);
        return attempts.rememberPosition(attemptId, position) > 0;
    }

    private void requireQuestion(long attemptId, Viewer viewer, int position) {
        attempts.ownedBy(attemptId, viewer);
        attemptQuestions.findOne(attemptId, position).orElseThrow(() -> new AttemptNotFoundException(attemptId));
    }
}
