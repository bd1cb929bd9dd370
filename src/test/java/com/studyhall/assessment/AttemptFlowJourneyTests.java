package com.studyhall.assessment;

import com.studyhall.StudyhallIntegrationTest;
import com.studyhall.accounts.AccountService;
import com.studyhall.catalog.CourseRepository;
import com.studyhall.enrollment.EnrollmentService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A mock test as Moodle users expect it (issue 19): flags kept with the attempt, the navigator's
 * states, the summary before submitting, resuming at the last question, and autosaves that arrive
 * out of order never overwriting a newer answer.
 */
@StudyhallIntegrationTest
class AttemptFlowJourneyTests {

    private static final Set<QuestionType> ONE_VALUE = Set.of(QuestionType.SINGLE_CHOICE, QuestionType.TRUE_FALSE,
            QuestionType.SHORT_TEXT, QuestionType.NUMERIC);

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

    TestTakers takers;
    TestTakers.AnswerSheet sheet;

    @BeforeEach
    void setUp() {
        takers = new TestTakers(accounts, courses, enrollments, mvc);
        sheet = new TestTakers.AnswerSheet(rows, new TransactionTemplate(transactions));
    }

    @Test
    void flagsAreKeptWithTheAttemptAndShownInTheNavigatorAndTheSummary() throws Exception {
        var taker = takers.enrolledIn(AttemptJourneyTests.PMM);
        long id = start(taker.session());
        int questions = sheet.types(id).size();

        flag(taker.session(), id, 2, true).andExpect(status().isOk()).andExpect(jsonPath("$.flagged").value(true));
        // Without script the flag is a submit button of the sheet: it saves the answers too, and comes back to the question.
        mvc.perform(post("/attempts/" + id).session(taker.session()).with(csrf())
                        .params(AttemptJourneyTests.form(List.of(sheet.answers(id, true).get(0)))).param("flag", "3:on"))
                .andExpect(redirectedUrl("/attempts/" + id + "#question-3"));

        // A reload (a new page) shows both flags and question 1 answered, in words and not only by colour.
        String page = mvc.perform(get("/attempts/" + id).session(taker.session())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(navEntry(page, 1)).contains("is-answered").contains(", answered<");
        assertThat(navEntry(page, 2)).contains("is-unanswered is-flagged").contains(", not answered, flagged<");
        assertThat(navEntry(page, 3)).contains("is-flagged").contains("aria-current=\"location\"");
        assertThat(page).contains("value=\"2:off\"").contains("value=\"4:on\"").contains("Remove flag");

        mvc.perform(get("/attempts/" + id + "/summary").session(taker.session())).andExpect(status().isOk())
                .andExpect(content().string(containsString("1 of " + questions + " answered · 2 flagged")))
                .andExpect(content().string(containsString("Not answered (" + (questions - 1) + ")")))
                .andExpect(content().string(containsString("Flagged for later (2)")))
                .andExpect(content().string(containsString("href=\"/attempts/" + id + "#question-2\"")))
                .andExpect(content().string(containsString("Submit for grading")));

        flag(taker.session(), id, 2, false).andExpect(status().isOk());
        mvc.perform(get("/attempts/" + id + "/summary").session(taker.session()))
                .andExpect(content().string(containsString("Flagged for later (1)")));
    }

    @Test
    void reviewAndSubmitSavesTheSheetShowsTheSummaryAndItsSubmitGradesWhatWasSaved() throws Exception {
        var taker = takers.enrolledIn(AttemptJourneyTests.PMM);
        long id = start(taker.session());
        List<List<String>> right = sheet.answers(id, true);
        mvc.perform(post("/attempts/" + id).session(taker.session()).with(csrf())
                        .params(AttemptJourneyTests.form(right)).param("action", "summary").param("seq", "10"))
                .andExpect(redirectedUrl("/attempts/" + id + "/summary"));
        mvc.perform(get("/attempts/" + id + "/summary").session(taker.session()))
                .andExpect(content().string(containsString("Every question is answered and none is flagged.")))
                .andExpect(content().string(not(containsString("Not answered ("))));
        // The summary's form sends no answers: the saved ones are graded.
        mvc.perform(post("/attempts/" + id).session(taker.session()).with(csrf()).param("action", "submit"))
                .andExpect(redirectedUrl("/attempts/" + id));
        mvc.perform(get("/attempts/" + id).session(taker.session()))
                .andExpect(content().string(containsString("Passed")));
        // A closed attempt has no summary and takes no flags.
        mvc.perform(get("/attempts/" + id + "/summary").session(taker.session())).andExpect(redirectedUrl("/attempts/" + id));
        flag(taker.session(), id, 1, true).andExpect(status().isConflict());
    }

    @Test
    void reopeningTheAttemptResumesAtTheLastQuestionTheLearnerWasOn() throws Exception {
        var taker = takers.enrolledIn(AttemptJourneyTests.PMM);
        long id = start(taker.session());
        mvc.perform(get("/attempts/" + id).session(taker.session()))
                .andExpect(content().string(containsString("data-resume-position=\"1\"")))
                .andExpect(content().string(not(containsString("where you left off"))));

        save(taker.session(), id, 4, sheet.answers(id, true).get(3), null).andExpect(status().isOk());
        mvc.perform(get("/attempts/" + id).session(taker.session()))
                .andExpect(content().string(containsString("data-resume-position=\"4\"")))
                .andExpect(content().string(containsString("Continue at question 4, where you left off")));

        mvc.perform(put("/api/attempts/" + id + "/position").session(taker.session()).with(csrf())
                .contentType("application/json").content("{\"position\": 6}")).andExpect(status().isNoContent());
        assertThat(start(taker.session())).as("starting again resumes the open attempt").isEqualTo(id);
        String page = mvc.perform(get("/attempts/" + id).session(taker.session()))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("data-resume-position=\"6\"").contains("href=\"#question-6\"");
        assertThat(navEntry(page, 6)).contains("aria-current=\"location\"");
        assertThat(navEntry(page, 4)).doesNotContain("aria-current");

        mvc.perform(put("/api/attempts/" + id + "/position").session(taker.session()).with(csrf())
                .contentType("application/json").content("{\"position\": 99}")).andExpect(status().isNotFound());
    }

    @Test
    void anAutosaveThatArrivesAfterANewerOneIsDroppedAndTheNewerAnswerStays() throws Exception {
        var taker = takers.enrolledIn(AttemptJourneyTests.PMM);
        long id = start(taker.session());
        int position = sheet.types(id).indexOf(sheet.types(id).stream().filter(ONE_VALUE::contains).findFirst().orElseThrow()) + 1;
        List<String> right = sheet.answers(id, true).get(position - 1);
        List<String> wrong = sheet.answers(id, false).get(position - 1);

        save(taker.session(), id, position, right, 2_000L).andExpect(jsonPath("$.superseded").value(false));
        String newer = storedAnswer(id, position);
        // The older edit left the page first but arrives second: it is acknowledged and dropped.
        save(taker.session(), id, position, wrong, 1_000L).andExpect(status().isOk())
                .andExpect(jsonPath("$.saved").value(true)).andExpect(jsonPath("$.superseded").value(true));
        assertThat(storedAnswer(id, position)).isEqualTo(newer);
        save(taker.session(), id, position, wrong, 2_000L).andExpect(jsonPath("$.superseded").value(true));
        assertThat(storedAnswer(id, position)).isEqualTo(newer);

        save(taker.session(), id, position, wrong, 3_000L).andExpect(jsonPath("$.superseded").value(false));
        String wrongStored = storedAnswer(id, position);
        assertThat(wrongStored).isNotEqualTo(newer);

        // The whole sheet, posted with a number below the stored one, leaves the newer answer alone...
        Map<String, List<String>> older = new HashMap<>(Map.of("q" + position, right));
        postSheet(taker.session(), id, older, "2500");
        assertThat(storedAnswer(id, position)).isEqualTo(wrongStored);
        // ...and with a higher one (what is on the screen at submit time) it wins.
        postSheet(taker.session(), id, older, "4000");
        assertThat(storedAnswer(id, position)).isEqualTo(newer);
        // A save without a number (an older page or no script) is the newest and moves the number on.
        save(taker.session(), id, position, wrong, null).andExpect(jsonPath("$.superseded").value(false));
        assertThat(storedAnswer(id, position)).isEqualTo(wrongStored);
        assertThat(jdbc.queryForObject("select answer_seq from attempt_question where attempt_id = ? and position = ?",
                Long.class, id, position)).isEqualTo(4_001L);
    }

    @Test
    void flagsAndPlacesOfAnotherLearnersAttemptAreNotFoundAndBadFlagsAreRefused() throws Exception {
        var taker = takers.enrolledIn(AttemptJourneyTests.PMM);
        var other = takers.enrolledIn(AttemptJourneyTests.PMM);
        long id = start(taker.session());
        flag(other.session(), id, 1, true).andExpect(status().isNotFound());
        mvc.perform(get("/attempts/" + id + "/summary").session(other.session())).andExpect(status().isNotFound());
        mvc.perform(put("/api/attempts/" + id + "/position").session(other.session()).with(csrf())
                .contentType("application/json").content("{\"position\": 1}")).andExpect(status().isNotFound());
        flag(taker.session(), id, 99, true).andExpect(status().isNotFound());
        mvc.perform(post("/attempts/" + id).session(taker.session()).with(csrf()).param("flag", "1:maybe"))
                .andExpect(status().isBadRequest());
        mvc.perform(put("/api/attempts/" + id + "/flags/1").session(taker.session())
                .contentType("application/json").content("{\"flagged\": true}")).andExpect(status().isForbidden());
    }

    /** The navigator's link for one question, up to its closing tag. */
    private static String navEntry(String page, int position) {
        int start = page.indexOf("data-nav-position=\"" + position + "\"");
        assertThat(start).as("navigator entry %d", position).isPositive();
        int open = page.lastIndexOf("<a ", start);
        return page.substring(open, page.indexOf("</a>", start));
    }

    private String storedAnswer(long id, int position) {
        return jdbc.queryForObject("select answer from attempt_question where attempt_id = ? and position = ?",
                String.class, id, position);
    }

    private void postSheet(MockHttpSession session, long id, Map<String, List<String>> answers, String seq) throws Exception {
        var request = post("/attempts/" + id).session(session).with(csrf()).param("action", "save").param("seq", seq);
        answers.forEach((name, values) -> request.param(name, values.toArray(String[]::new)));
        mvc.perform(request).andExpect(redirectedUrl("/attempts/" + id));
    }

    private ResultActions save(MockHttpSession session, long id, int position, List<String> values, Long seq) throws Exception {
        Map<String, Object> body = new HashMap<>();
        body.put("values", values);
        if (seq != null) {
            body.put("seq", seq);
        }
        return mvc.perform(put("/api/attempts/" + id + "/answers/" + position).session(session).with(csrf())
                .contentType("application/json").content(json.writeValueAsString(body)));
    }

    private ResultActions flag(MockHttpSession session, long id, int position, boolean flagged) throws Exception {
        return mvc.perform(put("/api/attempts/" + id + "/flags/" + position).session(session).with(csrf())
                .contentType("application/json").content("{\"flagged\": " + flagged + "}"));
    }

    private long start(MockHttpSession session) throws Exception {
        String location = mvc.perform(post(AttemptJourneyTests.TEST).session(session).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring("/attempts/".length()));
    }
}
