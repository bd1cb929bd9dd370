package com.studyhall.assessment;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The questions of attempts, with their saved answers. */
public interface AttemptQuestionRepository extends JpaRepository<AttemptQuestion, Long> {

    @Query("select q from AttemptQuestion q join fetch q.question where q.attempt.id = :attemptId order by q.position")
    List<AttemptQuestion> findByAttempt(@Param("attemptId") long attemptId);

    @Query("select q from AttemptQuestion q join fetch q.question where q.attempt.id = :attemptId and q.position = :position")
    Optional<AttemptQuestion> findOne(@Param("attemptId") long attemptId, @Param("position") int position);

    @Query("""
            select new com.studyhall.assessment.QuestionOutcome(q.attempt.id, q.question.id, q.correct)
            from AttemptQuestion q
            where q.attempt.mockTest.id = :testId and q.attempt.status <> com.studyhall.assessment.AttemptStatus.IN_PROGRESS""")
    List<QuestionOutcome> findClosedOutcomes(@Param("testId") long mockTestId);

    @Modifying
    @Query("update AttemptQuestion q set q.answer = :answer, q.answeredAt = :now where q.attempt.id = :attemptId and q.position = :position")
    int saveAnswer(@Param("attemptId") long attemptId, @Param("position") int position,
                   @Param("answer") String answer, @Param("now") Instant now);
}
