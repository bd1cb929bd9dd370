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

    @Query("select q from AttemptQuestion q join fetch q.version left join fetch q.keyVersion where q.attempt.id = :attemptId order by q.position")
    List<AttemptQuestion> findByAttempt(@Param("attemptId") long attemptId);

    @Query("select q from AttemptQuestion q join fetch q.version left join fetch q.keyVersion where q.attempt.id = :attemptId and q.position = :position")
    Optional<AttemptQuestion> findOne(@Param("attemptId") long attemptId, @Param("position") int position);

    @Query("""
            select new com.studyhall.assessment.QuestionOutcome(q.attempt.id, q.version.questionId, q.awardedPoints, q.points)
            from AttemptQuestion q
            where q.attempt.mockTest.id = :testId and q.attempt.status <> com.studyhall.assessment.AttemptStatus.IN_PROGRESS""")
    List<QuestionOutcome> findClosedOutcomes(@Param("testId") long mockTestId);

    /**
     * Saves an answer that carries no sequence number (the sheet posted without script): it is the
     * newest by definition, so it is applied and its number moves one past the stored one.
     */
    @Modifying
    @Query("""
            update AttemptQuestion q set q.answer = :answer, q.answeredAt = :now,
            q.answerSeq = coalesce(q.answerSeq, 0) + 1
            where q.attempt.id = :attemptId and q.position = :position""")
    int saveAnswer(@Param("attemptId") long attemptId, @Param("position") int position,
                   @Param("answer") String answer, @Param("now") Instant now);

    /**
     * Saves an answer only if its sequence number is above the stored one: 0 when a newer answer
     * is already saved (an older autosave that arrived late must not overwrite it).
     */
    @Modifying
    @Query("""
            update AttemptQuestion q set q.answer = :answer, q.answeredAt = :now, q.answerSeq = :seq
            where q.attempt.id = :attemptId and q.position = :position
              and (q.answerSeq is null or q.answerSeq < :seq)""")
    int saveAnswerIfNewer(@Param("attemptId") long attemptId, @Param("position") int position,
                          @Param("answer") String answer, @Param("seq") long seq, @Param("now") Instant now);

    @Modifying
    @Query("update AttemptQuestion q set q.flagged = :flagged where q.attempt.id = :attemptId and q.position = :position")
    int flag(@Param("attemptId") long attemptId, @Param("position") int position, @Param("flagged") boolean flagged);

    /** Essay answers of a course's closed attempts that no instructor has graded yet, oldest first. */
    @Query("""
            select q from AttemptQuestion q join fetch q.version v join fetch q.attempt a
            where a.mockTest.section.course.id = :courseId and v.type = com.studyhall.assessment.QuestionType.ESSAY
              and q.gradedAt is null and a.status <> com.studyhall.assessment.AttemptStatus.IN_PROGRESS
            order by a.closedAt, a.id, q.position""")
    List<AttemptQuestion> findEssaysToGrade(@Param("courseId") long courseId);

    @Query("""
            select new com.studyhall.assessment.QuestionUsage(count(distinct q.attempt.id), count(distinct q.attempt.learnerId))
            from AttemptQuestion q where q.version.questionId = :questionId""")
    QuestionUsage usage(@Param("questionId") long questionId);

    /** Rows that drew a version of the question other than the given one, with their attempts. */
    @Query("""
            select q from AttemptQuestion q join fetch q.version v join fetch q.attempt
            where v.questionId = :questionId and v.id <> :versionId order by q.attempt.id""")
    List<AttemptQuestion> findDrawnBefore(@Param("questionId") long questionId, @Param("versionId") long versionId);
}
