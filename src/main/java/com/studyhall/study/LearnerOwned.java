package com.studyhall.study;

/**
 * A row of one learner's own study state. Writing one moves that learner's rows version
 * ({@link LearnerRowsChanges}), so the copies of their rows kept in memory on every node are read
 * again on their next request.
 */
interface LearnerOwned {

    long learnerId();
}
