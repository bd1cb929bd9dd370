package com.studyhall.study;

import com.studyhall.DemoUsers;
import com.studyhall.StudyhallIntegrationTest;
import com.studyhall.accounts.AccountService;
import com.studyhall.accounts.NewAccount;
import com.studyhall.accounts.Role;
import com.studyhall.catalog.CourseRepository;
import com.studyhall.enrollment.EnrollmentService;
import com.studyhall.persistence.StatementCounter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The learner pages ask the database a fixed, small number of questions whatever the content holds:
 * published content comes from memory, and only the learner's own state is read per request.
 */
@StudyhallIntegrationTest
class LearnerPageQueriesTests {

    private static final String SECTION = "/courses/python-memory-management/reference-counting-and-garbage-collection";

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    EnrollmentService enrollments;

    @Autowired
    CourseRepository courses;

    @ParameterizedTest(name = "{0} sends at most {1} statements")
    @CsvSource({
            // the account (with the version of the learner's own rows), enrollment, best scores; the
            // learner's marks, cards and summary level are kept in memory while that version stays
            // (LearnerRowsSnapshots), the course, its outline, the section's content and sizes too
            "/courses/python-memory-management/reference-counting-and-garbage-collection, 3",
            // account, enrollments, best scores, unpublished courses and sections; the published
            // sections, the learner's rows (marks, cards, flags, own cards, limits, grades, goal), course
            // cards, every section's flashcards and glossary and the sections' sizes come from memory
            "/my, 5",
            // account, enrollments (the shown card's note is kept with the learner's rows)
            "/review, 2",
            // the account and whether the featured course is already joined; the catalog comes from memory
            "/, 2",
            // account, enrollment, best scores (the course, outline, instructor, reviews, published
            // sections and the learner's rows come from memory)
            "/courses/python-memory-management, 3",
    })
    void aLearnerPageSendsAFixedNumberOfStatements(String page, int limit) throws Exception {
        MockHttpSession learner = DemoUsers.LEARNER.logIn(mvc);
        // The first request also compiles the templates. A kept copy lives five seconds from when it
        // was read, so on a busy machine one of the next requests may read it again; of two requests
        // in a row at most one can, so the fewer statements of the two is the page's steady state.
        mvc.perform(get(page).session(learner)).andExpect(status().isOk());
        List<String> first = StatementCounter.statementsOf(() ->
                mvc.perform(get(page).session(learner)).andExpect(status().isOk()));
        List<String> second = StatementCounter.statementsOf(() ->
                mvc.perform(get(page).session(learner)).andExpect(status().isOk()));
        List<String> sql = first.size() <= second.size() ? first : second;
        assertThat(sql).as("statements of %s", page).hasSizeLessThanOrEqualTo(limit);
    }

    /** The study tools and the mock test, for a learner of their own (an attempt is theirs alone). */
    @Test
    void theStudyToolsAndAnOpenAttemptSendAFixedNumberOfStatements() throws Exception {
        String email = "queries-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        var account = accounts.create(new NewAccount(email, "Query Counter", "a long query-counting passphrase"),
                Set.of(Role.LEARNER));
        enrollments.enroll(account.getId(), courses.findBySlug("python-memory-management").orElseThrow().getId());
        MockHttpSession learner = DemoUsers.logIn(mvc, email, "a long query-counting passphrase");
        String attempt = mvc.perform(post(SECTION + "/test").session(learner).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(attempt).startsWith("/attempts/");

        // account, course, section, enrollment, the section's course for the cards (cards from memory)
        assertAtMost(learner, SECTION + "/cram", 5);
        // account, course, section, enrollment, test, question bank, attempts (twice), extra attempts granted
        assertAtMost(learner, SECTION + "/test", 9);
        // account, attempt, its questions, their options (one batch), test, section, course, extra time granted
        assertAtMost(learner, attempt, 8);
        // account, course, section, enrollment, glossary, flashcards, the learner's best game
        assertAtMost(learner, SECTION + "/games/memory-match", 7);
        // account, enrollment, worked examples, their sections and courses (one batch each)
        assertAtMost(learner, "/lab", 5);
    }

    private void assertAtMost(MockHttpSession learner, String page, int limit) throws Exception {
        mvc.perform(get(page).session(learner)).andExpect(status().isOk());
        mvc.perform(get(page).session(learner)).andExpect(status().isOk());
        List<String> sql = StatementCounter.statementsOf(() ->
                mvc.perform(get(page).session(learner)).andExpect(status().isOk()));
        assertThat(sql).as("statements of %s", page).hasSizeLessThanOrEqualTo(limit);
    }
}
