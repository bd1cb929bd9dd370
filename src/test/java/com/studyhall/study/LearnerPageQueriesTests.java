package com.studyhall.study;

import com.studyhall.accounts.LearnerRowsSnapshots;
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
            // the account check alone, which reads the version of the learner's own rows: while it
            // stays, their enrollments, best scores, marks, cards and summary level are kept in memory
            // (LearnerRowsSnapshots), and the course, its outline, the section's content and sizes too
            "/courses/python-memory-management/reference-counting-and-garbage-collection, 1",
            // the account; the unpublished courses and sections ("no longer available", kept as the
            // catalog is: NoLongerAvailable), the published sections, the learner's rows (enrollments,
            // marks, cards, flags, own cards, limits, grades, goal, best scores), the course cards,
            // every section's flashcards and glossary and the sections' sizes come from memory
            "/my, 1",
            // the account (the enrollments and the shown card's note are kept with the learner's rows)
            "/review, 1",
            // the account; the catalog and whether the featured course is joined come from memory
            "/, 1",
            // the account (the course, outline, instructor, reviews, published sections, enrollment,
            // best scores and the learner's rows come from memory)
            "/courses/python-memory-management, 1",
    })
    void aLearnerPageSendsAFixedNumberOfStatements(String page, int limit) throws Exception {
        assertAtMost(DemoUsers.LEARNER.logIn(mvc), page, limit);
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

        // account, the section for the cards (the course and its outline, the enrollment with the
        // learner's rows, the cards from memory)
        assertAtMost(learner, SECTION + "/cram", 2);
        // account, and the test joined with its bank's counts, the learner's grant and their attempts
        // (assessment.LearnerTestOverviews: the titles come from the kept outline, the enrollment
        // from the learner's rows)
        assertAtMost(learner, SECTION + "/test", 2);
        // account, and the attempt's state joined with its test, grant and answers (assessment.OpenSheets:
        // the questions as asked are kept per attempt, the titles come from the kept outline)
        assertAtMost(learner, attempt, 2);
        // the account (the outline, the enrollment and best games with the learner's rows, the
        // section's cards from the kept content)
        assertAtMost(learner, SECTION + "/games/memory-match", 1);
        // account, worked examples, their sections and courses (one batch each)
        assertAtMost(learner, "/lab", 4);
    }

    private void assertAtMost(MockHttpSession learner, String page, int limit) throws Exception {
        assertThat(steadyStatements(learner, page)).as("statements of %s", page).hasSizeLessThanOrEqualTo(limit);
    }

    /**
     * The statements of a page once its caches are warm. The first request also compiles the
     * templates. A kept copy lives five seconds from when it was read, so on a busy machine one of
     * the next requests may read it again; of two requests in a row at most one can, so the fewer
     * statements of the two is the page's steady state.
     */
    private List<String> steadyStatements(MockHttpSession learner, String page) throws Exception {
        mvc.perform(get(page).session(learner)).andExpect(status().isOk());
        List<String> first = StatementCounter.statementsOf(() ->
                mvc.perform(get(page).session(learner)).andExpect(status().isOk()));
        List<String> second = StatementCounter.statementsOf(() ->
                mvc.perform(get(page).session(learner)).andExpect(status().isOk()));
        return first.size() <= second.size() ? first : second;
    }
}
