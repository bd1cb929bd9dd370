package com.studyhall.accounts;

/**
 * A row of one learner's own state (their marks and cards in study, their enrollments, their test
 * attempts). Writing one moves that learner's rows version ({@link LearnerRowsChanges}), so the
 * copies of their rows kept in memory on every node ({@link LearnerRowsSnapshots}) are read again
 * on their next request. It lives in accounts, beside the version on the account, so that every
 * feature package can mark its rows without depending on another.
 */
public interface LearnerOwned {

    long learnerId();
}
