package com.studyhall.assessment;

import com.studyhall.DemoUsers;
import com.studyhall.StudyhallIntegrationTest;
import com.studyhall.accounts.AccountService;
import com.studyhall.accounts.NewAccount;
import com.studyhall.accounts.Role;
import com.studyhall.catalog.CourseRepository;
import com.studyhall.catalog.SectionRepository;
import com.studyhall.catalog.Viewer;
import com.studyhall.enrollment.EnrollmentService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Journeys that need an engine and a clock the test moves: predict-the-output questions computed
 * by the (stand-in) engine and graded, deadlines on the server clock, the sweep, feedback timing,
 * races on one attempt, and statistics. Its own context, so moving the clock disturbs no other test.
 */
@StudyhallIntegrationTest
@Import(EngineAndClock.class)
@TestPropertySource(properties = "app.assessment.expiry-sweep=PT1H") // the test runs the sweep itself
class EngineAndClockJourneyTests {

    static final String PMM = "python-memory-management";
    static final String GENERATIONS = "/courses/" + PMM + "/generations-and-thresholds/test";
    static final String TYPO = "typography-for-interfaces";

    @Autowired MockMvc mvc;
    @Autowired AccountService accounts;
    @Autowired CourseRepository courses;
    @Autowired SectionRepository sections;
    @Autowired EnrollmentService enrollments;
    @Autowired AttemptQuestionRepository rows;
    @Autowired QuestionRepository questions;
    @Autowired MockTestRepository tests;
    @Autowired ExpectedOutputs expectedOutputs;
    @Autowired AttemptService attempts;
    @Autowired AttemptExpiry expiry;
    @Autowired EngineAndClock.KnownOutputs engine;
    @Autowired EngineAndClock.MovableClock clock;
    @Autowired PlatformTransactionManager transactions;
    @Autowired JdbcTemplate jdbc;
    @Autowired JsonMapper json;

    TestTakers takers;
    TestTakers.AnswerSheet sheet;
    TransactionTemplate tx;

    /** The demo tests' settings as they were before a test changed them, restored after it. */
    private final java.util.Map<Long, TestSettings> changedSettings = new java.util.HashMap<>();

    @BeforeEach
    void setUp() {
        takers = new TestTakers(accounts, courses, enrollments, mvc);
        tx = new TransactionTemplate(transactions);
        sheet = new TestTakers.AnswerSheet(rows, tx);
    }

    /**
     * The demo courses are shared with every other test class in the JVM (the same database), so a
     * test's attempts allowed or feedback timing must not outlive it: OverrideJourneyTests counts on
     * the demo's own number of attempts.
     */
    @AfterEach
    void restoreChangedSettings() {
        tx.executeWithoutResult(s -> changedSettings.forEach((id, settings) -> tests.findById(id).orElseThrow().apply(settings)));
        changedSettings.clear();
    }

    @Nested
    class PredictTheOutput {

        @Test
        void everyPredictOutputQuestionHasTheAnswerOfTheCurrentEngine() {
            tx.executeWithoutResult(s -> assertThat(questions.findByType(QuestionType.PREDICT_OUTPUT)).hasSizeGreaterThanOrEqualTo(21)
                    .allSatisfy(q -> {
                        assertThat(q.getEngineVersion()).isEqualTo(engine.engineVersion());
                        assertThat(q.getExpectedOutput()).isEqualTo(engine.run(q.getCode()).printed());
                    }));
        }

        @Test
        void savingAQuestionComputesItsAnswerAndNewCodeIsRecomputed() {
            long id = tx.execute(s -> {
                var section = sections.findAll().get(0);
                var question = new Question(section, 99, QuestionType.PREDICT_OUTPUT, "What prints?", "Because.", 1);
                question.setCode("print(1)\nprint(2)\n");
                return questions.saveAndFlush(question).getId();
            });
            assertThat(expected(id)).isEqualTo("1\n2\n");
            tx.executeWithoutResult(s -> questions.findById(id).orElseThrow().setCode("print(1)\nprint(x)\n"));
            assertThat(expected(id)).isEqualTo("1\nNameError: name 'x' is not defined");
            tx.executeWithoutResult(s -> questions.deleteById(id));
        }

        @Test
        void anAttemptIncludesThemAndGradesThemIgnoringTrailingWhiteSpace() throws Exception {
            drawWholeBank("generations-and-thresholds");
            var taker = takers.enrolledIn(PMM);
            long id = start(taker.session(), GENERATIONS);
            assertThat(sheet.types(id)).hasSize(14).contains(QuestionType.PREDICT_OUTPUT);
            String page = mvc.perform(get("/attempts/" + id).session(taker.session()))
                    .andReturn().getResponse().getContentAsString();
            assertThat(page).doesNotContain("engine " + engine.engineVersion() + " ran");

            List<List<String>> right = sheet.answers(id, true);
            for (int position = 1; position <= right.size(); position++) {
                save(taker.session(), id, position, right.get(position - 1)).andExpect(status().isOk());
            }
            mvc.perform(post("/attempts/" + id).param("action", "submit").session(taker.session()).with(csrf()));
            mvc.perform(get("/attempts/" + id).session(taker.session()))
                    .andExpect(content().string(containsString("14 of 14 questions")))
                    .andExpect(content().string(containsString("engine " + engine.engineVersion() + " ran")));
        }
    }

    @Test
    void aNewEngineVersionRecomputesEveryAnswerAtStartup() {
        String before = engine.engineVersion();
        engine.upgradeTo("test-engine-2");
        try {
            int predictQuestions = tx.execute(s -> questions.findByType(QuestionType.PREDICT_OUTPUT).size());
            assertThat(expectedOutputs.refreshStale()).as("every predict-the-output question, recomputed once").isEqualTo(predictQuestions);
            assertThat(expectedOutputs.refreshStale()).isZero();
            tx.executeWithoutResult(s -> assertThat(questions.findByType(QuestionType.PREDICT_OUTPUT))
                    .allSatisfy(q -> assertThat(q.getExpectedOutput()).startsWith("engine test-engine-2 ran")));
        } finally {
            engine.upgradeTo(before);
            expectedOutputs.refreshStale();
        }
    }

    @Nested
    class OnTheServerClock {

        @Test
        void rejectsAnswersAfterDeadline() throws Exception {
            var taker = takers.enrolledIn(PMM);
            long id = start(taker.session(), GENERATIONS);
            List<List<String>> right = sheet.answers(id, true);
            clock.advance(Duration.ofMinutes(15).minusSeconds(1));
            save(taker.session(), id, 1, right.get(0)).andExpect(status().isOk())
                    .andExpect(jsonPath("$.remainingSeconds").value(1));
            clock.advance(Duration.ofSeconds(1));
            save(taker.session(), id, 2, right.get(1)).andExpect(status().isConflict())
                    .andExpect(jsonPath("$.title").value("Time is up"));
            mvc.perform(get("/attempts/" + id).session(taker.session()))
                    .andExpect(content().string(containsString("Time ran out")));
            assertThat(jdbc.queryForObject("select score_points from test_attempt where id = ?", Integer.class, id))
                    .isEqualTo(1);
        }

        @Test
        void theSweepClosesAndGradesAbandonedAttempts() throws Exception {
            var taker = takers.enrolledIn(PMM);
            long id = start(taker.session(), GENERATIONS);
            save(taker.session(), id, 1, sheet.answers(id, true).get(0)).andExpect(status().isOk());
            clock.advance(Duration.ofMinutes(16));
            assertThat(attempts.expireOverdue()).isGreaterThanOrEqualTo(1);
            assertThat(jdbc.queryForMap("select status, score_points from test_attempt where id = ?", id))
                    .containsEntry("STATUS", "EXPIRED").containsEntry("SCORE_POINTS", new java.math.BigDecimal("1.00"));
            assertThat(closedAtDeadline(id)).as("closed as of its deadline, not the sweep's time").isTrue();
            assertThat(attempts.expireOverdue()).isZero();
        }

        @Test
        void anAttemptThatRanOutWhileNoNodeRanIsClosedAsOfItsDeadlineByTheStartUpSweep() throws Exception {
            var taker = takers.enrolledIn(PMM);
            long id = start(taker.session(), GENERATIONS);
            save(taker.session(), id, 1, sheet.answers(id, true).get(0)).andExpect(status().isOk());
            clock.advance(Duration.ofHours(7)); // the nodes were down overnight

            expiry.sweepOnceReady(); // what each node runs once it is ready (inline in tests)

            assertThat(jdbc.queryForMap("select status, score_points from test_attempt where id = ?", id))
                    .containsEntry("STATUS", "EXPIRED").containsEntry("SCORE_POINTS", new java.math.BigDecimal("1.00"));
            assertThat(closedAtDeadline(id)).isTrue();
        }

        private boolean closedAtDeadline(long id) {
            return Boolean.TRUE.equals(jdbc.queryForObject(
                    "select closed_at = deadline from test_attempt where id = ?", Boolean.class, id));
        }
    }

    @Nested
    class Races {

        @Test
        void concurrentSubmitsOfOneAttemptGradeItOnce() throws Exception {
            var taker = takers.enrolledIn(PMM);
            long id = start(taker.session(), GENERATIONS);
            Viewer viewer = new Viewer(taker.id(), false, false);
            List<Boolean> closedIt = all(12, () -> attempts.submit(id, viewer));
            assertThat(closedIt).containsOnlyOnce(true);
        }

        @Test
        void concurrentStartsOpenOneAttempt() throws Exception {
            var taker = takers.enrolledIn(PMM);
            Viewer viewer = new Viewer(taker.id(), false, false);
            List<Long> ids = all(12, () -> attempts.start(PMM, "weak-references-and-finalizers", viewer));
            assertThat(Set.copyOf(ids)).hasSize(1);
            assertThat(jdbc.queryForObject("select count(*) from test_attempt where learner_id = ?", Long.class, taker.id()))
                    .isEqualTo(1);
        }
    }

    @Nested
    class FeedbackTimingAndStatistics {

        @Test
        void afterLastAttemptShowsAnswersOnlyOnceAllAttemptsAreUsed() throws Exception {
            String section = "choosing-and-pairing-typefaces";
            setFeedback(section, FeedbackTiming.AFTER_LAST_ATTEMPT, 2);
            var taker = takers.enrolledIn(TYPO);
            String test = "/courses/" + TYPO + "/" + section + "/test";
            long first = takeAndSubmit(taker.session(), test);
            mvc.perform(get("/attempts/" + first).session(taker.session()))
                    .andExpect(content().string(not(containsString("<dt>Correct answer</dt>"))))
                    .andExpect(content().string(not(containsString("option-key"))))
                    .andExpect(content().string(containsString("once you have used all")));
            long second = takeAndSubmit(taker.session(), test);
            for (long id : List.of(first, second)) {
                mvc.perform(get("/attempts/" + id).session(taker.session()))
                        .andExpect(content().string(containsString("option-key")))
                        .andExpect(content().string(containsString("class=\"explanation\"")));
            }
        }

        @Test
        void neverShowsTheScoreButNoAnswers() throws Exception {
            String section = "type-scale-spacing-and-readability";
            setFeedback(section, FeedbackTiming.NEVER, 3);
            var taker = takers.enrolledIn(TYPO);
            long id = takeAndSubmit(taker.session(), "/courses/" + TYPO + "/" + section + "/test");
            mvc.perform(get("/attempts/" + id).session(taker.session()))
                    .andExpect(content().string(containsString("does not show correct answers")))
                    .andExpect(content().string(containsString("Points")))
                    .andExpect(content().string(not(containsString("<dt>Correct answer</dt>"))))
                    .andExpect(content().string(not(containsString("option-key"))))
                    .andExpect(content().string(not(containsString("class=\"explanation\""))));
        }

        @Test
        void statisticsCountClosedAttemptsForTheOwnerOnly() throws Exception {
            var taker = takers.enrolledIn(PMM);
            takeAndSubmit(taker.session(), "/courses/" + PMM + "/reference-counting-and-garbage-collection/test");
            mvc.perform(get("/studio/courses/" + PMM + "/statistics").session(DemoUsers.INSTRUCTOR.logIn(mvc)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Reference Counting and When Objects Die")))
                    .andExpect(content().string(containsString("Mean score")))
                    .andExpect(content().string(containsString("Facility")));
            accounts.create(new NewAccount("other-teacher@example.com", "Other Teacher", TestTakers.PASSWORD),
                    Set.of(Role.LEARNER, Role.INSTRUCTOR));
            var otherInstructor = DemoUsers.logIn(mvc, "other-teacher@example.com", TestTakers.PASSWORD);
            mvc.perform(get("/studio/courses/" + PMM + "/statistics").session(otherInstructor))
                    .andExpect(status().isForbidden());
        }
    }

    private long takeAndSubmit(MockHttpSession session, String test) throws Exception {
        long id = start(session, test);
        List<List<String>> right = sheet.answers(id, true);
        mvc.perform(post("/attempts/" + id).param("action", "submit").params(AttemptJourneyTests.form(right))
                .session(session).with(csrf()));
        return id;
    }

    private void setFeedback(String sectionSlug, FeedbackTiming feedback, int attemptsAllowed) {
        tx.executeWithoutResult(s -> {
            var course = courses.findBySlug(TYPO).orElseThrow();
            var section = sections.findByCourseIdAndSlug(course.getId(), sectionSlug).orElseThrow();
            var test = tests.findBySectionId(section.getId()).orElseThrow();
            var old = test.settings();
            changedSettings.putIfAbsent(test.getId(), old);
            test.apply(new TestSettings(old.questionsPerAttempt(), old.shuffleQuestions(), old.shuffleOptions(),
                    old.timeLimitMinutes(), attemptsAllowed, old.passMarkPercent(), feedback));
        });
    }

    private void drawWholeBank(String sectionSlug) {
        tx.executeWithoutResult(s -> {
            var course = courses.findBySlug(PMM).orElseThrow();
            var section = sections.findByCourseIdAndSlug(course.getId(), sectionSlug).orElseThrow();
            var test = tests.findBySectionId(section.getId()).orElseThrow();
            var old = test.settings();
            changedSettings.putIfAbsent(test.getId(), old);
            test.apply(new TestSettings((int) questions.countBySectionId(section.getId()), old.shuffleQuestions(),
                    old.shuffleOptions(), old.timeLimitMinutes(), old.attemptsAllowed(), old.passMarkPercent(), old.feedback()));
        });
    }

    private String expected(long questionId) {
        return tx.execute(s -> questions.findById(questionId).orElseThrow().getExpectedOutput());
    }

    private long start(MockHttpSession session, String test) throws Exception {
        String location = mvc.perform(post(test).session(session).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring("/attempts/".length()));
    }

    private ResultActions save(MockHttpSession session, long id, int position, List<String> values) throws Exception {
        return mvc.perform(put("/api/attempts/" + id + "/answers/" + position).session(session).with(csrf())
                .contentType("application/json").content(json.writeValueAsString(Map.of("values", values))));
    }

    /** Runs the task on as many threads at once, released together, and returns every result. */
    static <T> List<T> all(int threads, Callable<T> task) throws Exception {
        return allOf(java.util.Collections.nCopies(threads, task), threads);
    }

    /** Runs the tasks on a pool of threads, released together, and returns their results in order. */
    static <T> List<T> allOf(List<Callable<T>> tasks, int threads) throws Exception {
        var pool = Executors.newFixedThreadPool(threads);
        try {
            var ready = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(() -> {
                    ready.await();
                    return task.call();
                }));
            }
            ready.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
