package com.studyhall.assessment;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Essays are graded by the course's instructors: a score from 0 to the question's points and a
 * comment. An attempt with an essay not graded yet has no score ("awaiting grading"); the grade of
 * its last essay gives it one, and it counts from then on. Callers check who may grade; this
 * class checks that the attempt is the course's, so another course's attempt is not found.
 */
@Service
public class EssayGrading {

    private final TestAttemptRepository attempts;
    private final AttemptQuestionRepository attemptQuestions;
    private final Clock clock;

    EssayGrading(TestAttemptRepository attempts, AttemptQuestionRepository attemptQuestions, Clock clock) {
        this.attempts = attempts;
        this.attemptQuestions = attemptQuestions;
        this.clock = clock;
    }

    /** One essay answer as the grader reads it, with its grade so far (null before grading). */
    public record Essay(long attemptId, long learnerId, int attemptNumber, String sectionTitle, int position,
                        String prompt, String answer, int points, BigDecimal awardedPoints, String feedback,
                        Instant closedAt) {
    }

    /** What one grade did: the attempt's score once no essay of it waits any more (null while some do). */
    public record Graded(long learnerId, String sectionTitle, int attemptNumber, int position, Integer scorePercent) {
    }

    @Transactional(readOnly = true)
    public List<Essay> waiting(long courseId) {
        return attemptQuestions.findEssaysToGrade(courseId).stream().map(EssayGrading::essay).toList();
    }

    @Transactional(readOnly = true)
    public Essay essay(long courseId, long attemptId, int position) {
        return essay(essayRow(courseId, attemptId, position));
    }

    /**
     * Records the grade and comment (replacing an earlier grade of the same answer) and works the
     * attempt's score out again.
     */
    @Transactional
    public Graded grade(long courseId, long attemptId, int position, BigDecimal score, String feedback, String grader) {
        TestAttempt attempt = attempts.findForUpdate(attemptId).orElseThrow(() -> new AttemptNotFoundException(attemptId));
        AttemptQuestion row = essayRow(courseId, attemptId, position);
        if (!attempt.getStatus().closed()) {
            throw new GradingRefusedException("Attempt " + attempt.getAttemptNumber()
                    + " is open again; grade it once the learner has handed it in.");
        }
        String wrong = scoreProblem(score, row.getPoints());
        if (wrong != null) {
            throw new GradingRefusedException(wrong);
        }
        row.gradeByHand(score, feedback, grader, clock.instant());
        attempt.recordGrade(AttemptCloser.total(attemptQuestions.findByAttempt(attemptId)),
                attempt.getMockTest().settings().passMarkPercent());
        return new Graded(attempt.getLearnerId(), attempt.getMockTest().getSection().getTitle(),
                attempt.getAttemptNumber(), position, attempt.scorePercent());
    }

    /**
     * Why a score cannot be given to an answer worth {@code points}, or null if it can: it must
     * be 0 to the question's points with at most {@value Points#SCALE} decimals, as it is kept.
     */
    public static String scoreProblem(BigDecimal score, int points) {
        if (score.signum() < 0 || score.compareTo(BigDecimal.valueOf(points)) > 0) {
            return "must be between 0 and " + points + ", the question's points";
        }
        if (score.stripTrailingZeros().scale() > Points.SCALE) {
            return "may have at most " + Points.SCALE + " decimals, such as 2.5 or 1.25";
        }
        return null;
    }

    private AttemptQuestion essayRow(long courseId, long attemptId, int position) {
        return attemptQuestions.findOne(attemptId, position)
                .filter(row -> row.getVersion().getType() == QuestionType.ESSAY)
                .filter(row -> row.getAttempt().getMockTest().getSection().getCourse().getId() == courseId)
                .orElseThrow(() -> new AttemptNotFoundException(attemptId));
    }

    private static Essay essay(AttemptQuestion row) {
        TestAttempt attempt = row.getAttempt();
        return new Essay(attempt.getId(), attempt.getLearnerId(), attempt.getAttemptNumber(),
                attempt.getMockTest().getSection().getTitle(), row.getPosition(), row.getVersion().getPrompt(),
                row.getAnswer(), row.getPoints(), row.getAwardedPoints(), row.getFeedback(), attempt.getClosedAt());
    }
}
