package com.studyhall.review;

import com.studyhall.DemoUsers;
import com.studyhall.StudyhallIntegrationTest;
import com.studyhall.accounts.AccountService;
import com.studyhall.authoring.CourseBundleImporter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Who may rate and review a course, editing without losing text, replies, and admins hiding reviews. */
@StudyhallIntegrationTest
class CourseReviewJourneyTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    CourseBundleImporter importer;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcTemplate jdbc;

    ReviewFixtures fixtures;
    String course;

    @BeforeEach
    void newCourse() {
        fixtures = new ReviewFixtures(mvc, importer, accounts, jdbc);
        course = fixtures.newCourse();
    }

    @Test
    void aLearnerNotEnrolledMayNotRate() throws Exception {
        MockHttpSession learner = fixtures.newLearner();
        mvc.perform(post("/courses/" + course + "/review").session(learner).with(csrf()).param("rating", "5"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/courses/" + course).session(learner))
                .andExpect(content().string(allOf(containsString("Enroll and finish a section to rate this course."),
                        not(containsString("Your rating")))));
        assertThat(count("course_review")).isZero();
    }

    @Test
    void anEnrolledLearnerWithoutAFinishedSectionMayNotRate() throws Exception {
        MockHttpSession learner = fixtures.newLearner();
        fixtures.enroll(learner, course);
        mvc.perform(post("/courses/" + course + "/review").session(learner).with(csrf()).param("rating", "4"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/courses/" + course).session(learner))
                .andExpect(content().string(containsString("Finish a section")));
        assertThat(count("course_review")).isZero();
    }

    @Test
    void aLearnerWhoFinishedASectionRatesOnceAndEditsWithoutLosingTheEarlierText() throws Exception {
        MockHttpSession learner = readyLearner();
        mvc.perform(get("/courses/" + course).session(learner)).andExpect(content().string(containsString("Your rating")));
        mvc.perform(post("/courses/" + course + "/review").session(learner).with(csrf())
                        .param("rating", "3").param("body", "Clear, but short."))
                .andExpect(redirectedUrl("/courses/" + course + "#reviews"));
        mvc.perform(post("/courses/" + course + "/review").session(learner).with(csrf())
                        .param("rating", "5").param("body", "Better on a second read."))
                .andExpect(redirectedUrl("/courses/" + course + "#reviews"));

        assertThat(count("course_review")).isEqualTo(1);
        assertThat(jdbc.queryForObject("select e.body from course_review_edit e join course_review r on r.id = e.review_id "
                + "join course c on c.id = r.course_id where c.slug = ?", String.class, course)).isEqualTo("Clear, but short.");
        mvc.perform(get("/courses/" + course))
                .andExpect(content().string(allOf(containsString("Better on a second read."),
                        containsString("5.0 out of 5"), containsString("from 1 review"), containsString("(edited)"),
                        not(containsString("Clear, but short.")))));
        mvc.perform(get("/courses/" + course + "/review").session(learner))
                .andExpect(content().string(allOf(containsString("Earlier versions"), containsString("Clear, but short."))));
    }

    @Test
    void aRatingOutsideOneToFiveIsRefusedWithA400AndNothingSaved() throws Exception {
        MockHttpSession learner = readyLearner();
        mvc.perform(post("/courses/" + course + "/review").session(learner).with(csrf()).param("rating", "7")
                        .param("body", "Seven stars!"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("choose from 1 to 5 stars"), containsString("Seven stars!"))));
        assertThat(count("course_review")).isZero();
    }

    @Test
    void theInstructorRepliesAndALearnerMayNot() throws Exception {
        MockHttpSession learner = readyLearner();
        mvc.perform(post("/courses/" + course + "/review").session(learner).with(csrf()).param("rating", "4")
                .param("body", "Wanted more examples."));
        long id = fixtures.reviewId(course);
        mvc.perform(post("/courses/" + course + "/reviews/" + id + "/reply").session(learner).with(csrf())
                .param("reply", "I agree with myself")).andExpect(status().isForbidden());
        mvc.perform(post("/courses/" + course + "/reviews/" + id + "/reply").session(DemoUsers.INSTRUCTOR.logIn(mvc))
                        .with(csrf()).param("reply", "Two more examples arrive next month."))
                .andExpect(redirectedUrl("/courses/" + course + "#review-" + id));
        mvc.perform(get("/courses/" + course))
                .andExpect(content().string(allOf(containsString("Reply from the instructor"),
                        containsString("Two more examples arrive next month."), not(containsString("I agree with myself")))));
    }

    @Test
    void anAdminHidesAReviewWithAReasonInTheAuditLogAndShowsItAgain() throws Exception {
        MockHttpSession learner = readyLearner();
        mvc.perform(post("/courses/" + course + "/review").session(learner).with(csrf()).param("rating", "1")
                .param("body", "Insults the instructor's family."));
        long id = fixtures.reviewId(course);
        MockHttpSession admin = DemoUsers.ADMIN.logIn(mvc);

        mvc.perform(post("/courses/" + course + "/reviews/" + id + "/hide").session(learner).with(csrf())
                .param("reason", "mine")).andExpect(status().isForbidden());
        mvc.perform(post("/courses/" + course + "/reviews/" + id + "/hide").session(admin).with(csrf())
                .param("reason", " ")).andExpect(status().isBadRequest());
        mvc.perform(post("/courses/" + course + "/reviews/" + id + "/hide").session(admin).with(csrf())
                        .param("reason", "Abusive language"))
                .andExpect(redirectedUrl("/courses/" + course + "#review-" + id));

        assertThat(jdbc.queryForObject("select detail from audit_event where kind = 'REVIEW_HIDDEN' and subject = ?",
                String.class, "review " + id + " of " + course)).isEqualTo("Abusive language");
        mvc.perform(get("/courses/" + course))
                .andExpect(content().string(allOf(not(containsString("Insults the instructor")), containsString("No reviews yet."))));
        mvc.perform(get("/courses/" + course).session(admin))
                .andExpect(content().string(allOf(containsString("Insults the instructor"), containsString("Hidden from visitors"),
                        containsString("Abusive language"), containsString("Show it again"))));

        mvc.perform(post("/courses/" + course + "/reviews/" + id + "/show").session(admin).with(csrf()));
        assertThat(jdbc.queryForObject("select count(*) from audit_event where kind = 'REVIEW_SHOWN' and subject = ?",
                Long.class, "review " + id + " of " + course)).isEqualTo(1);
        mvc.perform(get("/courses/" + course)).andExpect(content().string(containsString("Insults the instructor")));
    }

    @Test
    void aVisitorSeesTheAverageAndCountInThePageAndItsStructuredData() throws Exception {
        for (String rating : new String[] {"4", "5"}) {
            MockHttpSession learner = readyLearner();
            mvc.perform(post("/courses/" + course + "/review").session(learner).with(csrf()).param("rating", rating));
        }
        mvc.perform(get("/courses/" + course))
                .andExpect(content().string(allOf(containsString("4.5 out of 5"), containsString("from 2 reviews"),
                        containsString("\"aggregateRating\":{\"@type\":\"AggregateRating\",\"ratingValue\":4.5,\"ratingCount\":2"),
                        not(containsString("Your rating")))));
    }

    private MockHttpSession readyLearner() throws Exception {
        MockHttpSession learner = fixtures.newLearner();
        fixtures.enroll(learner, course);
        fixtures.finishSection(learner, course, "part-one");
        return learner;
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table + " t join course c on c.id = t.course_id where c.slug = ?",
                Long.class, course);
    }
}
