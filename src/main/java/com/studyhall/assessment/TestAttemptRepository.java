package com.studyhall.assessment;

import com.studyhall.catalog.Viewer;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Attempts, and the two conditional updates that make their lifecycle safe under concurrency. */
public interface TestAttemptRepository extends JpaRepository<TestAttempt, Long> {

    Optional<TestAttempt> findByIdAndLearnerId(long id, long learnerId);

    /** The viewer's own attempt; anyone else's is not found, as if it did not exist. */
    default TestAttempt ownedBy(long id, Viewer viewer) {
        return (viewer.isLoggedIn() ? findByIdAndLearnerId(id, viewer.userId()) : Optional.<TestAttempt>empty())
                .orElseThrow(() -> new AttemptNotFoundException(id));
    }

    /** The attempt, its row locked until commit: two graders finishing one attempt's essays at once take turns. */
    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from TestAttempt a where a.id = :id")
    Optional<TestAttempt> findForUpdate(@Param("id") long id);

    List<TestAttempt> findByMockTestIdAndLearnerIdOrderByAttemptNumberDesc(long mockTestId, long learnerId);

    /** Every attempt at these tests, for the gradebook. */
    @Query("select a from TestAttempt a where a.mockTest.id in :testIds order by a.learnerId, a.mockTest.id, a.attemptNumber")
    List<TestAttempt> findByMockTestIds(@Param("testIds") java.util.Collection<Long> testIds);

    long countByMockTestIdAndLearnerId(long mockTestId, long learnerId);

    @Query("select a from TestAttempt a where a.mockTest.id = :testId and a.status <> com.studyhall.assessment.AttemptStatus.IN_PROGRESS")
    List<TestAttempt> findClosedByMockTestId(@Param("testId") long mockTestId);

    @Query("select a.id from TestAttempt a where a.status = com.studyhall.assessment.AttemptStatus.IN_PROGRESS and a.deadline <= :now")
    List<Long> findOverdueIds(@Param("now") Instant now);

    /**
     * Closes the attempt if it is still open. Returns 1 for the one request that closed it and 0
     * for every other: the row lock makes a concurrent second close wait, then find it closed.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update TestAttempt a set a.status = :closedAs, a.closedAt = :now, a.version = a.version + 1
            where a.id = :id and a.status = com.studyhall.assessment.AttemptStatus.IN_PROGRESS""")
    int close(@Param("id") long id, @Param("closedAs") AttemptStatus closedAs, @Param("now") Instant now);

    /**
     * Closes an open attempt whose time ran out, as of its deadline: however late a page, the
     * sweep or the next start-up notices, the record says when the time really ended.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update TestAttempt a set a.status = com.studyhall.assessment.AttemptStatus.EXPIRED, a.closedAt = a.deadline,
            a.version = a.version + 1
            where a.id = :id and a.status = com.studyhall.assessment.AttemptStatus.IN_PROGRESS""")
    int expire(@Param("id") long id);

    /**
     * Locks the attempt for an answer if it is open and before its deadline; 0 otherwise. Holding
     * the row lock until commit means a close waits for the answer, and an answer after a close
     * is refused.
     */
    @Modifying(flushAutomatically = true)
    @Query("""
            update TestAttempt a set a.version = a.version + 1
            where a.id = :id and a.status = com.studyhall.assessment.AttemptStatus.IN_PROGRESS and a.deadline > :now""")
    int lockIfOpen(@Param("id") long id, @Param("now") Instant now);

    /** Remembers the question the learner is on, while the attempt is open. */
    @Modifying
    @Query("""
            update TestAttempt a set a.lastPosition = :position
            where a.id = :id and a.status = com.studyhall.assessment.AttemptStatus.IN_PROGRESS""")
    int rememberPosition(@Param("id") long id, @Param("position") int position);

    /**
     * Opens a closed attempt again until {@code deadline}: its grade is cleared until it closes
     * again, when it is graded afresh with every answer saved. 0 if it is open already.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update TestAttempt a set a.status = com.studyhall.assessment.AttemptStatus.IN_PROGRESS, a.deadline = :deadline,
            a.closedAt = null, a.scorePoints = null, a.passed = null, a.reopenedAt = :now, a.version = a.version + 1
            where a.id = :id and a.status <> com.studyhall.assessment.AttemptStatus.IN_PROGRESS""")
    int reopen(@Param("id") long id, @Param("deadline") Instant deadline, @Param("now") Instant now);

    /**
     * Moves an open attempt's deadline later, never earlier: extra time granted during an attempt
     * counts at once, time taken away counts from the next attempt.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update TestAttempt a set a.deadline = :deadline, a.version = a.version + 1
            where a.id = :id and a.status = com.studyhall.assessment.AttemptStatus.IN_PROGRESS
              and a.deadline > :now and a.deadline < :deadline""")
    int extendOpen(@Param("id") long id, @Param("deadline") Instant deadline, @Param("now") Instant now);
}
