package com.studyhall.assessment;

import com.studyhall.DemoUsers;
import com.studyhall.StudyhallIntegrationTest;
import com.studyhall.accounts.AccountService;
import com.studyhall.catalog.CourseRepository;
import com.studyhall.enrollment.EnrollmentService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A learner takes a mock test end to end through the web layer, on the shared demo context (no engine). */
@StudyhallIntegrationTest
class AttemptJourneyTests {

    static final String PMM = "python-memory-management";
    static final String TEST = "/courses/" + PMM + "/reference-counting-and-garbage-collection/test";

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    CourseRepository courses;
    @Autowired
    EnrollmentService enrollments;
    @Autowired
    AttemptQuestionRepository rows;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    JsonMapper json;
    @Autowired
    com.studyhall.study.BestScores bestScores;
    @Autowired
    com.studyhall.catalog.SectionRepository sections;

    TestTakers takers;
    TestTakers.AnswerSheet sheet;

    @BeforeEach
    void setUp() {
        takers = new TestTakers(accounts, courses, enrollments, mvc);
        sheet = new TestTakers.AnswerSheet(rows, new TransactionTemplate(transactions));
    }

    @Test
    void learnerStartsAnswersSubmitsAndReviewsAPassingAttempt() throws Exception {
        var taker = takers.enrolledIn(PMM);
        mvc.perform(get(TEST).session(taker.session())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Start the mock test")));
        long id = start(taker.session());

        List<List<String>> answers = sheet.answers(id, true);
        for (int position = 1; position <= answers.size(); position++) {
            saveAnswer(taker.session(), id, position, answers.get(position - 1))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.saved").value(true))
                    .andExpect(jsonPath("$.remainingSeconds").isNumber());
        }
        mvc.perform(post("/attempts/" + id).param("action", "submit").params(form(answers)).session(taker.session()).with(csrf()))
                .andExpect(redirectedUrl("/attempts/" + id));

        mvc.perform(get("/attempts/" + id).session(taker.session())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Passed")))
                .andExpect(content().string(containsString(answers.size() + " of " + answers.size() + " questions")))
                .andExpect(content().string(containsString(">100<")));
        mvc.perform(get(TEST).session(taker.session()))
                .andExpect(content().string(containsString("Review attempt 1")))
                .andExpect(content().string(containsString("Start attempt 2")));

        long sectionId = sections.findAll().stream()
                .filter(s -> s.getSlug().equals("reference-counting-and-garbage-collection")).findFirst().orElseThrow().getId();
        assertThat(bestScores.bestPercent(taker.id(), List.of(sectionId))).containsEntry(sectionId, 100);
    }

    @Test
    void theSheetAndTheAutosaveCarryNoAnswerKeyExplanationOrScore() throws Exception {
        var taker = takers.enrolledIn(PMM);
        long id = start(taker.session());
        String page = mvc.perform(get("/attempts/" + id).session(taker.session())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        for (String explanation : sheet.explanations(id)) {
            assertThat(page).doesNotContain(explanation.substring(0, Math.min(40, explanation.length())));
        }
        assertThat(page).doesNotContain("Correct answer", "Passed", "Not passed", "correct\"");
        String saved = saveAnswer(taker.session(), id, 1, sheet.answers(id, true).get(0))
                .andReturn().getResponse().getContentAsString();
        assertThat(json.readTree(saved).propertyNames()).containsExactlyInAnyOrder("saved", "remainingSeconds", "superseded");
    }

    @Test
    void predictTheOutputQuestionsHaveTheEnginesAnswerSoNoneAwaitsIt() throws Exception {
        var taker = takers.enrolledIn(PMM);
        long id = start(taker.session());
        assertThat(sheet.types(id)).hasSize(10);
        mvc.perform(get(TEST).session(DemoUsers.INSTRUCTOR.logIn(mvc)))
                .andExpect(content().string(not(containsString("awaiting the simulation engine"))));
    }

    @Test
    void submittingTwiceCountsOnce() throws Exception {
        var taker = takers.enrolledIn(PMM);
        long id = start(taker.session());
        saveAnswer(taker.session(), id, 1, sheet.answers(id, true).get(0)).andExpect(status().isOk());
        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/attempts/" + id).param("action", "submit").session(taker.session()).with(csrf()))
                    .andExpect(redirectedUrl("/attempts/" + id));
        }
        assertThat(jdbc.queryForObject("select count(*) from test_attempt where learner_id = ?", Long.class, taker.id()))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select status from test_attempt where id = ?", String.class, id)).isEqualTo("SUBMITTED");
        assertThat(jdbc.queryForObject("select score_points from test_attempt where id = ?", Integer.class, id))
                .as("a submit without fields keeps the autosaved answer").isEqualTo(1);
        mvc.perform(get(TEST).session(taker.session()))
                .andExpect(content().string(containsString("2 of 3</strong> attempts left")));
    }

    @Nested
    class WhenTimeRunsOut {

        @Test
        void rejectsAnswersAfterDeadlineAndGradesWhatWasSaved() throws Exception {
            var taker = takers.enrolledIn(PMM);
            long id = start(taker.session());
            List<List<String>> right = sheet.answers(id, true);
            saveAnswer(taker.session(), id, 1, right.get(0)).andExpect(status().isOk());
            passDeadline(id);

            saveAnswer(taker.session(), id, 2, right.get(1)).andExpect(status().isConflict())
                    .andExpect(jsonPath("$.title").value("Time is up"))
                    .andExpect(jsonPath("$.detail", containsString("graded with the answers saved before the deadline")));
            assertThat(jdbc.queryForObject("select status from test_attempt where id = ?", String.class, id)).isEqualTo("EXPIRED");
            assertThat(jdbc.queryForObject("select score_points from test_attempt where id = ?", Integer.class, id)).isEqualTo(1);
            mvc.perform(get("/attempts/" + id).session(taker.session()))
                    .andExpect(content().string(containsString("Time ran out")))
                    .andExpect(content().string(containsString("1 of 10")));
        }

        @Test
        void aLateFormPostIsRefusedWithAClearMessage() throws Exception {
            var taker = takers.enrolledIn(PMM);
            long id = start(taker.session());
            passDeadline(id);
            mvc.perform(post("/attempts/" + id).param("action", "submit").params(form(sheet.answers(id, true)))
                            .session(taker.session()).with(csrf()))
                    .andExpect(redirectedUrl("/attempts/" + id));
            mvc.perform(get("/attempts/" + id).session(taker.session()))
                    .andExpect(content().string(containsString("Time ran out")))
                    .andExpect(content().string(containsString("0 of 10")));
            assertThat(jdbc.queryForObject("select score_points from test_attempt where id = ?", Integer.class, id)).isZero();
        }

        @Test
        void anOverdueAttemptIsClosedOnTheNextVisit() throws Exception {
            var taker = takers.enrolledIn(PMM);
            long id = start(taker.session());
            saveAnswer(taker.session(), id, 1, sheet.answers(id, true).get(0)).andExpect(status().isOk());
            passDeadline(id);
            mvc.perform(get("/attempts/" + id).session(taker.session())).andExpect(status().isOk())
                    .andExpect(content().string(containsString("Time ran out")));
            assertThat(jdbc.queryForObject("select score_points from test_attempt where id = ?", Integer.class, id)).isEqualTo(1);
        }

        private void passDeadline(long id) {
            jdbc.update("update test_attempt set deadline = ? where id = ?", Timestamp.from(Instant.now().minusSeconds(1)), id);
        }
    }

    @Nested
    class Refused {

        @Test
        void anotherLearnersAttemptIsNotFound() throws Exception {
            var owner = takers.enrolledIn(PMM);
            var other = takers.enrolledIn(PMM);
            long id = start(owner.session());
            mvc.perform(get("/attempts/" + id).session(other.session())).andExpect(status().isNotFound());
            saveAnswer(other.session(), id, 1, List.of("x")).andExpect(status().isNotFound());
            mvc.perform(post("/attempts/" + id).param("action", "submit").session(other.session()).with(csrf()))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/attempts/" + id).session(owner.session())).andExpect(status().isOk());
        }

        @Test
        void noMoreAttemptsThanAllowed() throws Exception {
            var taker = takers.enrolledIn(PMM);
            for (int i = 0; i < 3; i++) {
                long id = start(taker.session());
                mvc.perform(post("/attempts/" + id).param("action", "submit").session(taker.session()).with(csrf()));
            }
            mvc.perform(post(TEST).session(taker.session()).with(csrf())).andExpect(redirectedUrl(TEST));
            mvc.perform(get(TEST).session(taker.session()))
                    .andExpect(content().string(containsString("You have used all your attempts")))
                    .andExpect(content().string(not(containsString("Start attempt"))));
        }

        @Test
        void startingAgainResumesTheOpenAttempt() throws Exception {
            var taker = takers.enrolledIn(PMM);
            assertThat(start(taker.session())).isEqualTo(start(taker.session()));
        }

        @Test
        void learnersNotEnrolledAreSentToTheSection() throws Exception {
            var session = DemoUsers.NEWBIE.logIn(mvc);
            mvc.perform(get(TEST).session(session))
                    .andExpect(redirectedUrl("/courses/" + PMM + "/reference-counting-and-garbage-collection"));
            mvc.perform(post(TEST).session(session).with(csrf()))
                    .andExpect(redirectedUrl("/courses/" + PMM + "/reference-counting-and-garbage-collection"));
        }

        @Test
        void answersThatCannotBelongToTheQuestionAreBadRequests() throws Exception {
            var taker = takers.enrolledIn(PMM);
            long id = start(taker.session());
            List<QuestionType> types = sheet.types(id);
            int choice = 1 + java.util.stream.IntStream.range(0, types.size())
                    .filter(i -> types.get(i) == QuestionType.SINGLE_CHOICE || types.get(i) == QuestionType.MULTIPLE_CHOICE
                            || types.get(i) == QuestionType.TRUE_FALSE)
                    .findFirst().orElseThrow();
            saveAnswer(taker.session(), id, choice, List.of("999999")).andExpect(status().isBadRequest());
            saveAnswer(taker.session(), id, 99, List.of("x")).andExpect(status().isNotFound());
        }

        @Test
        void autosaveWithoutCsrfTokenIsForbidden() throws Exception {
            var taker = takers.enrolledIn(PMM);
            long id = start(taker.session());
            mvc.perform(put("/api/attempts/" + id + "/answers/1").session(taker.session())
                    .contentType("application/json").content("{\"values\":[\"x\"]}")).andExpect(status().isForbidden());
        }
    }

    @Test
    void aReplayedStartAfterTheSubmitShowsTheFinishedAttemptInsteadOfStartingAnother() throws Exception {
        var taker = takers.enrolledIn(PMM);
        // The form's token is its idempotency key; the header carries a valid CSRF token beside it.
        var startForm = post(TEST).session(taker.session()).with(csrf().asHeader()).param("_csrf", "start-form-1");
        String first = mvc.perform(startForm).andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(first.substring("/attempts/".length()));
        mvc.perform(post("/attempts/" + id).param("action", "submit").params(form(sheet.answers(id, true)))
                .session(taker.session()).with(csrf())).andExpect(redirectedUrl("/attempts/" + id));

        mvc.perform(startForm).andExpect(redirectedUrl(first));
        mvc.perform(get(first).session(taker.session())).andExpect(content().string(containsString("Passed")));
        assertThat(jdbc.queryForObject("select count(*) from test_attempt where learner_id = ?", Long.class, taker.id()))
                .isEqualTo(1);

        String fresh = mvc.perform(post(TEST).session(taker.session()).with(csrf().asHeader()).param("_csrf", "start-form-2"))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(fresh).as("a new start form starts attempt 2").isNotEqualTo(first);
    }

    @Test
    void aDoubleClickedSubmitGradesOnceAndBothClicksLandOnTheReview() throws Exception {
        var taker = takers.enrolledIn(PMM);
        long id = start(taker.session());
        var submit = post("/attempts/" + id).param("action", "submit").params(form(sheet.answers(id, true)))
                .session(taker.session()).with(csrf().asHeader()).param("_csrf", "sheet-1");
        mvc.perform(submit).andExpect(redirectedUrl("/attempts/" + id))
                .andExpect(flash().attribute("notice", "Your answers are in. Here is how you did."));
        mvc.perform(submit).andExpect(redirectedUrl("/attempts/" + id)).andExpect(flash().attributeCount(0));
    }

    long start(MockHttpSession session) throws Exception {
        String location = mvc.perform(post(TEST).session(session).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/attempts/");
        return Long.parseLong(location.substring("/attempts/".length()));
    }

    org.springframework.test.web.servlet.ResultActions saveAnswer(MockHttpSession session, long id, int position,
                                                                 List<String> values) throws Exception {
        return mvc.perform(put("/api/attempts/" + id + "/answers/" + position).session(session).with(csrf())
                .contentType("application/json").content(json.writeValueAsString(Map.of("values", values))));
    }

    static org.springframework.util.MultiValueMap<String, String> form(List<List<String>> answers) {
        var form = new org.springframework.util.LinkedMultiValueMap<String, String>();
        for (int i = 0; i < answers.size(); i++) {
            form.put("q" + (i + 1), answers.get(i));
        }
        return form;
    }
}
