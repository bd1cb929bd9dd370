package com.studyhall.assessment;

import com.studyhall.DemoUsers;
import com.studyhall.accounts.AccountService;
import com.studyhall.accounts.NewAccount;
import com.studyhall.accounts.Role;
import com.studyhall.catalog.CourseRepository;
import com.studyhall.enrollment.EnrollmentService;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fresh learners enrolled in a course, so each test has its own attempts and limits; and the
 * answers that would be right for an attempt, read from the bank the way only a test may.
 */
class TestTakers {

    static final String PASSWORD = "a long test-taker passphrase";
    private static final AtomicInteger COUNT = new AtomicInteger();

    record Taker(long id, String email, MockHttpSession session) {
    }

    private final AccountService accounts;
    private final CourseRepository courses;
    private final EnrollmentService enrollments;
    private final MockMvc mvc;

    TestTakers(AccountService accounts, CourseRepository courses, EnrollmentService enrollments, MockMvc mvc) {
        this.accounts = accounts;
        this.courses = courses;
        this.enrollments = enrollments;
        this.mvc = mvc;
    }

    Taker enrolledIn(String courseSlug) throws Exception {
        String email = "taker-" + COUNT.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        var account = accounts.create(new NewAccount(email, "Test Taker", PASSWORD), Set.of(Role.LEARNER));
        enrollments.enroll(account.getId(), courses.findBySlug(courseSlug).orElseThrow().getId());
        return new Taker(account.getId(), email, DemoUsers.logIn(mvc, email, PASSWORD));
    }

    /** What to send, per position, to answer every question of the attempt right (or wrong). */
    static class AnswerSheet {

        private final AttemptQuestionRepository rows;
        private final TransactionTemplate transaction;

        AnswerSheet(AttemptQuestionRepository rows, TransactionTemplate transaction) {
            this.rows = rows;
            this.transaction = transaction;
        }

        List<List<String>> answers(long attemptId, boolean right) {
            return transaction.execute(status -> {
                List<List<String>> answers = new ArrayList<>();
                for (AttemptQuestion row : rows.findByAttempt(attemptId)) {
                    answers.add(right ? rightAnswer(row.getVersion()) : wrongAnswer(row.getVersion()));
                }
                return answers;
            });
        }

        List<QuestionType> types(long attemptId) {
            return transaction.execute(status ->
                    rows.findByAttempt(attemptId).stream().map(row -> row.getVersion().getType()).toList());
        }

        List<String> explanations(long attemptId) {
            return transaction.execute(status ->
                    rows.findByAttempt(attemptId).stream().map(row -> row.getVersion().getExplanation()).toList());
        }

        static List<String> rightAnswer(QuestionVersion question) {
            return switch (question.getType()) {
                case SINGLE_CHOICE, MULTIPLE_CHOICE -> question.getOptions().stream().filter(QuestionVersion.VersionOption::isCorrect)
                        .map(o -> String.valueOf(o.getOptionId())).toList();
                case TRUE_FALSE -> List.of(question.getAnswerTrue().toString());
                case SHORT_TEXT -> List.of("  " + question.getAcceptedAnswers().get(0).toUpperCase() + " ");
                case NUMERIC -> List.of(String.valueOf(question.getNumericAnswer()));
                case PREDICT_OUTPUT -> List.of(question.getExpectedOutput() + "  \n\n");
                case MATCHING -> question.getOptions().stream().map(o -> o.getOptionId() + "=" + o.getOptionId()).toList();
                case ESSAY -> List.of("An essay an instructor grades.");
            };
        }

        static List<String> wrongAnswer(QuestionVersion question) {
            return switch (question.getType()) {
                case SINGLE_CHOICE, MULTIPLE_CHOICE -> question.getOptions().stream().filter(o -> !o.isCorrect())
                        .limit(1).map(o -> String.valueOf(o.getOptionId())).toList();
                case TRUE_FALSE -> List.of(String.valueOf(!question.getAnswerTrue()));
                case SHORT_TEXT -> List.of("certainly not this");
                case NUMERIC -> List.of(String.valueOf(question.getNumericAnswer() + 1000));
                case PREDICT_OUTPUT -> List.of("nothing like it");
                case MATCHING -> List.of();
                case ESSAY -> List.of("");
            };
        }
    }
}
