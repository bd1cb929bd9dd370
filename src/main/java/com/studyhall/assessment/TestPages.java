package com.studyhall.assessment;

import com.studyhall.catalog.Viewer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads the test pages. An overdue attempt met here is closed and graded first, so a learner who
 * comes back after the deadline finds it reviewed, whether or not the sweep ran.
 */
@Service
public class TestPages {

    private final TestAccess access;
    private final TestAttemptRepository attempts;
    private final AttemptQuestionRepository attemptQuestions;
    private final QuestionRepository questions;
    private final ExpectedOutputs expectedOutputs;
    private final AttemptCloser closer;
    private final RegradeRepository regrades;
    private final LearnerOverrideRepository overrides;
    private final Clock clock;
    private final OpenSheets openSheets;
    private final LearnerTestOverviews learnerOverviews;
    private final TransactionTemplate transaction;

    TestPages(TestAccess access, TestAttemptRepository attempts, AttemptQuestionRepository attemptQuestions,
              QuestionRepository questions, ExpectedOutputs expectedOutputs, AttemptCloser closer,
              RegradeRepository regrades, LearnerOverrideRepository overrides, Clock clock, OpenSheets openSheets,
              LearnerTestOverviews learnerOverviews, PlatformTransactionManager transactions) {
        this.access = access;
        this.attempts = attempts;
        this.attemptQuestions = attemptQuestions;
        this.questions = questions;
        this.expectedOutputs = expectedOutputs;
        this.closer = closer;
        this.regrades = regrades;
        this.overrides = overrides;
        this.clock = clock;
        this.openSheets = openSheets;
        this.learnerOverviews = learnerOverviews;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * The test's start page: an enrolled learner's in one statement ({@link LearnerTestOverviews}),
     * anyone else's, or one with an attempt to close first, in a transaction.
     */
    public TestOverview overview(String courseSlug, String sectionSlug, Viewer viewer) {
        return learnerOverviews.overview(courseSlug, sectionSlug, viewer, clock.instant())
                .orElseGet(() -> transaction.execute(status -> overviewClosingOverdue(courseSlug, sectionSlug, viewer)));
    }

    private TestOverview overviewClosingOverdue(String courseSlug, String sectionSlug, Viewer viewer) {
        var found = access.find(courseSlug, sectionSlug, viewer);
        long testId = found.test().getId();
        List<Question> bank = questions.findBySectionIdOrderByPosition(found.section().getId());
        String engine = expectedOutputs.engineVersion().orElse(null);
        int ready = (int) bank.stream().filter(q -> q.isReadyFor(engine)).count();
        List<TestAttempt> own = attempts.findByMockTestIdAndLearnerIdOrderByAttemptNumberDesc(testId, viewer.userId());
        if (closeOverdue(own)) {
            // Closing grades the attempt through its own statements: read the rows as they now stand.
            own = attempts.findByMockTestIdAndLearnerIdOrderByAttemptNumberDesc(testId, viewer.userId());
        }
        List<TestOverview.AttemptSummary> history = own.stream().map(TestPages::summary).toList();
        Allowance allowance = viewer.isLoggedIn() ? overrides.allowance(testId, viewer.userId()) : Allowance.NONE;
        return TestOverview.of(courseSlug, found.course().getTitle(), sectionSlug, found.section().getTitle(),
                found.test().settings(), allowance, bank.size(), ready, found.editor(), history);
    }

    /** The reader's attempt: its sheet while open ({@link OpenSheets}, no transaction), else its review. */
    public AttemptPage attempt(long attemptId, Viewer viewer) {
        Optional<AttemptSheet> open = openSheets.sheet(attemptId, viewer, clock.instant());
        return open.isPresent() ? open.get() : transaction.execute(status -> attemptClosingOverdue(attemptId, viewer));
    }

    private AttemptPage attemptClosingOverdue(long attemptId, Viewer viewer) {
        TestAttempt attempt = attempts.ownedBy(attemptId, viewer);
        Instant now = clock.instant();
        if (attempt.isOverdue(now)) {
            closer.closeAndGrade(attemptId, AttemptStatus.EXPIRED, now);
            attempt = attempts.ownedBy(attemptId, viewer);
        }
        List<AttemptQuestion> rows = attemptQuestions.findByAttempt(attemptId);
        return attempt.getStatus().closed() ? review(attempt, rows, false) : sheet(attempt, rows, now);
    }

    /**
     * A graded attempt as the course's owner or an admin sees it in the gradebook: every answer and
     * the key, whatever the test shows its learners. Another course's attempt is not found.
     */
    @Transactional(readOnly = true)
    public AttemptReview reviewForEditor(String courseSlug, long attemptId, Viewer viewer) {
        TestAttempt attempt = attempts.findById(attemptId)
                .filter(a -> a.getStatus().closed())
                .filter(a -> a.getMockTest().getSection().getCourse().getSlug().equals(courseSlug))
                .filter(a -> viewer.canEdit(a.getMockTest().getSection().getCourse()))
                .orElseThrow(() -> new AttemptNotFoundException(attemptId));
        return review(attempt, attemptQuestions.findByAttempt(attemptId), true);
    }

    /** Closes and grades those of the learner's attempts whose time is up; says whether there was one. */
    private boolean closeOverdue(List<TestAttempt> own) {
        Instant now = clock.instant();
        List<Long> overdue = own.stream().filter(attempt -> attempt.isOverdue(now)).map(TestAttempt::getId).toList();
        overdue.forEach(id -> closer.closeAndGrade(id, AttemptStatus.EXPIRED, now));
        return !overdue.isEmpty();
    }

    private AttemptSheet sheet(TestAttempt attempt, List<AttemptQuestion> rows, Instant now) {
        return SheetFrame.of(attempt, rows).sheet(heading(attempt), rows.stream().map(SheetFrame.Answered::of).toList(),
                attempt.getStartedAt(), attempt.getDeadline(), attempt.resumePosition(), now);
    }

    private AttemptReview review(TestAttempt attempt, List<AttemptQuestion> rows, boolean editor) {
        TestSettings settings = attempt.getMockTest().settings();
        List<TestAttempt> all = attempts.findByMockTestIdAndLearnerIdOrderByAttemptNumberDesc(
                attempt.getMockTest().getId(), attempt.getLearnerId());
        boolean anotherOpen = all.stream().anyMatch(a -> a.getStatus() == AttemptStatus.IN_PROGRESS);
        int allowed = overrides.allowance(attempt.getMockTest().getId(), attempt.getLearnerId()).attemptsAllowed(settings);
        boolean shown = editor || settings.feedback().showsAnswers(all.size(), allowed, anotherOpen);
        List<AttemptReview.ReviewQuestion> reviewed = rows.stream().map(row -> reviewed(row, shown)).toList();
        return new AttemptReview(heading(attempt), attempt.getStatus(), attempt.getStartedAt(), attempt.getClosedAt(),
                attempt.getScorePoints(), attempt.getMaxPoints(), attempt.scorePercent(),
                Boolean.TRUE.equals(attempt.getPassed()), settings.passMarkPercent(), shown, settings.feedback(), reviewed,
                regradeNotes(attempt.getId()));
    }

    private List<AttemptReview.RegradeNote> regradeNotes(long attemptId) {
        return regrades.findByAttempt(attemptId).stream()
                .map(r -> new AttemptReview.RegradeNote(r.getPosition(), r.getRegrade().getActorName(),
                        r.getRegrade().getRegradedAt(), r.getPointsBefore(), r.getPointsAfter()))
                .toList();
    }

    /**
     * The question as the learner saw it; after a regrade, right and wrong (and the correct answer)
     * follow the corrected key, matched to the options shown by their ids.
     */
    private static AttemptReview.ReviewQuestion reviewed(AttemptQuestion row, boolean shown) {
        QuestionVersion question = row.getVersion();
        QuestionVersion key = row.answerKey();
        var chosen = Grader.optionIds(row.getAnswer() == null ? "" : row.getAnswer());
        var correctIds = key.correctOptionIds();
        Map<Long, QuestionVersion.VersionOption> byId = optionsById(question);
        var options = row.optionOrder().stream().filter(byId::containsKey).map(byId::get)
                .map(o -> new AttemptReview.ReviewOption(o.getText(), chosen.contains(o.getOptionId()),
                        shown ? correctIds.contains(o.getOptionId()) : null,
                        // As Moodle: an option's own feedback speaks to the learner who chose it.
                        shown && chosen.contains(o.getOptionId()) ? o.getFeedback() : null))
                .toList();
        boolean essay = question.getType() == QuestionType.ESSAY;
        // An essay's grade and comment are the instructor's message to the learner: shown whatever the feedback setting.
        return new AttemptReview.ReviewQuestion(row.getPosition(), question.getType(), question.getPrompt(),
                question.getCode(), options, answerText(row), shown || essay ? row.getCorrect() : null,
                shown ? correctAnswer(key) : null, shown ? question.getExplanation() : null, row.getPoints(),
                shown || essay ? row.getAwardedPoints() : null, row.getFeedback(), row.awaitingGrading(),
                question.getType() == QuestionType.MATCHING ? pairs(row, question, key, shown) : List.of(),
                shown ? answerFeedback(row, key) : null);
    }

    /**
     * As Moodle: a true/false answer's feedback (its option "True" or "False"), or that of the
     * graded answer a short or numeric answer matched.
     */
    private static String answerFeedback(AttemptQuestion row, QuestionVersion key) {
        String answer = row.getAnswer();
        if (answer == null || answer.isBlank()) {
            return null;
        }
        return switch (key.getType()) {
            case TRUE_FALSE -> key.getOptions().stream().filter(o -> o.getText().equalsIgnoreCase(answer.strip()))
                    .map(QuestionVersion.VersionOption::getFeedback).findFirst().orElse(null);
            case SHORT_TEXT, NUMERIC -> {
                GradedAnswer matched = Grader.matchingAnswer(AnswerKey.of(key), answer);
                yield matched == null ? null : matched.feedback();
            }
            default -> null;
        };
    }

    private static List<AttemptReview.ReviewPair> pairs(AttemptQuestion row, QuestionVersion question,
                                                        QuestionVersion key, boolean shown) {
        Map<Long, Long> picked = Grader.matches(row.getAnswer());
        Map<Long, QuestionVersion.VersionOption> byId = optionsById(question);
        Map<Long, String> keyPairs = key.pairs();
        return question.matchItems().stream().map(left -> {
            Long chosenId = picked.get(left.getOptionId());
            String chosen = chosenId == null || !byId.containsKey(chosenId) ? null : byId.get(chosenId).getMatchText();
            String right = keyPairs.get(left.getOptionId());
            return new AttemptReview.ReviewPair(left.getText(), chosen, shown ? right : null,
                    shown ? (chosen != null && chosen.equals(right)) : null);
        }).toList();
    }

    private static String answerText(AttemptQuestion row) {
        String answer = row.getAnswer();
        if (row.getVersion().getType() == QuestionType.MATCHING) {
            return answer == null ? null : Grader.matches(answer).size() + " matched";
        }
        if (answer == null || row.getVersion().getType() != QuestionType.TRUE_FALSE) {
            return answer;
        }
        return "true".equals(answer) ? "True" : "False";
    }

    /** The correct answer in words; choice questions mark their options instead. */
    static String correctAnswer(QuestionVersion question) {
        return switch (question.getType()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> null;
            case TRUE_FALSE -> Boolean.TRUE.equals(question.getAnswerTrue()) ? "True" : "False";
            case SHORT_TEXT -> String.join(" or ", question.getAcceptedAnswers());
            case NUMERIC -> number(question.getNumericAnswer())
                    + (question.getTolerance() == null || question.getTolerance() == 0 ? ""
                       : " (± " + number(question.getTolerance()) + ")");
            case PREDICT_OUTPUT -> question.getExpectedOutput();
            case MATCHING, ESSAY -> null; // matching shows its pairs; an essay has no key, only the grader's comment
        };
    }

    private static String number(Double value) {
        return value == null ? "" : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** A question version's options by the id they are posted under (the sheet's and the review's one lookup). */
    static Map<Long, QuestionVersion.VersionOption> optionsById(QuestionVersion question) {
        return question.getOptions().stream()
                .collect(Collectors.toMap(QuestionVersion.VersionOption::getOptionId, Function.identity()));
    }

    private AttemptPage.TestHeading heading(TestAttempt attempt) {
        MockTest test = attempt.getMockTest();
        var section = test.getSection();
        var course = section.getCourse();
        return new AttemptPage.TestHeading(course.getSlug(), course.getTitle(), section.getSlug(), section.getTitle(),
                attempt.getId(), attempt.getAttemptNumber(),
                overrides.allowance(test.getId(), attempt.getLearnerId()).attemptsAllowed(test.settings()));
    }

    private static TestOverview.AttemptSummary summary(TestAttempt a) {
        return new TestOverview.AttemptSummary(a.getId(), a.getAttemptNumber(), a.getStatus(), a.getStartedAt(),
                a.getClosedAt(), a.getScorePoints(), a.getMaxPoints(), a.scorePercent(), a.getPassed(), a.getDeadline(),
                a.getReopenedAt());
    }

}
