package com.studyhall.assessment;

import com.studyhall.DemoUsers;
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

import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Partial credit keeps its fraction from the answer to every page that shows it (issue 15): a
 * 1-point question at 50 % earns 0.5, a 3-point matching question with one of two pairs right 1.5,
 * an essay the 2.5 its instructor gives; the review, the start page, the gradebook, its CSV and a
 * regrade all read the same points. Each test imports its own course from GIFT.
 */
@StudyhallIntegrationTest
class FractionalPointsJourneyTests {

    static final String GIFT = """
            ::Half:: Which president is on the $50 bill? {=%100%Grant#Yes. =%50%Ulysses#His first name: half.}

            // points: 3
            ::Pairs:: Match each function with what it returns. {
            =sys.getrefcount -> a count
            =id -> an address
            }

            // points: 4
            ::Essay:: Explain why a cycle outlives its last outside reference. {}
            """;

    @Autowired MockMvc mvc;
    @Autowired AccountService accounts;
    @Autowired CourseRepository courses;
    @Autowired EnrollmentService enrollments;
    @Autowired JdbcTemplate jdbc;
    @Autowired com.studyhall.study.BestScores bestScores;

    MockHttpSession instructor;
    OwnCourse course;
    String gradebook;

    @BeforeEach
    void importACourseWithPartialCreditQuestions() throws Exception {
        instructor = DemoUsers.INSTRUCTOR.logIn(mvc);
        course = OwnCourse.create(mvc, instructor, "fractions", "Cycles").withGift(GIFT, false).withTest(3, 50);
        gradebook = "/studio/courses/" + course.slug + "/gradebook";
    }

    @Test
    void halfPointsAreEarnedShownGradedByHandExportedAndRegraded() throws Exception {
        var learner = new TestTakers(accounts, courses, enrollments, mvc).enrolledIn(course.slug);
        long attempt = course.start(learner.session());
        Map<String, Long> ids = OwnCourse.optionIds(jdbc, attempt, 2);
        mvc.perform(post("/attempts/" + attempt).session(learner.session()).with(csrf()).param("action", "submit")
                        .param("q1", "Ulysses")
                        .param("q2", OwnCourse.pair(ids, "sys.getrefcount", "sys.getrefcount"), OwnCourse.pair(ids, "id", "sys.getrefcount"))
                        .param("q3", "Its members refer to each other."))
                .andExpect(redirectedUrl("/attempts/" + attempt));
        assertThat(course.review(learner.session(), attempt)).contains("Awaiting grading", "Partly correct: 0.5 of 1 point",
                "1.5 of 3 points");

        String essay = gradebook + "/attempts/" + attempt + "/essays/3";
        refused(essay, "4.5", "must be between 0 and 4, the question&#39;s points");
        refused(essay, "-1", "must be between 0 and 4, the question&#39;s points");
        refused(essay, "2.555", "may have at most 2 decimals, such as 2.5 or 1.25");
        refused(essay, "two", "must be a number, such as 2 or 2.5");
        refused(essay, " ", "id=\"score-errors\"");
        assertThat(course.review(learner.session(), attempt)).contains("Awaiting grading");
        mvc.perform(post(essay).session(instructor).with(csrf()).param("score", "2.5").param("feedback", "Name the collector."))
                .andExpect(redirectedUrl(gradebook + "/essays"))
                .andExpect(flash().attribute("notice", "Graded question 3 of attempt 1 at Cycles. The attempt now counts: 56%."));
        mvc.perform(get(essay).session(instructor)).andExpect(content().string(containsString("value=\"2.5\"")));

        String review = course.review(learner.session(), attempt);
        assertThat(review).doesNotContain("Awaiting grading")
                .contains("Points</dt><dd>4.5 of 8<", "Passed", "Partly correct: 0.5 of 1 point", "1.5 of 3 points",
                        "2.5 of 4 points");
        // Points are written without trailing zeros; the page's timestamps (datetime="...:56.005Z") may hold ".00".
        assertThat(review.replaceAll("datetime=\"[^\"]*\"", "")).doesNotContain(".00");
        mvc.perform(get(course.test).session(learner.session()))
                .andExpect(content().string(containsString("56% (4.5/8)")));
        mvc.perform(get(gradebook).session(instructor)).andExpect(content().string(containsString(", last 56% (4.5 of 8)")));
        mvc.perform(get(gradebook + "/learners/" + learner.id()).session(instructor))
                .andExpect(content().string(containsString("56% (4.5 of 8)")));
        String csv = mvc.perform(get(gradebook + ".csv").session(instructor)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(csv.lines().findFirst().orElseThrow()).contains(",Test: Cycles last %,Test: Cycles last points,"
                + "Test: Cycles last max points,Test: Cycles attempts,");
        assertThat(csv).contains(",56,56,4.5,8,1,");
        long section = jdbc.queryForObject("select s.id from section s join course c on c.id = s.course_id where c.slug = ?",
                Long.class, course.slug);
        assertThat(bestScores.bestPercent(learner.id(), java.util.List.of(section))).containsEntry(section, 56);
        assertThat(mvc.perform(get("/studio/courses/" + course.slug + "/statistics").session(instructor))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .as("facility of the half-credit question").contains("data-label=\"Facility\">0.50<");

        regradePairsSoBothMatchesCount();
        assertThat(course.review(learner.session(), attempt)).contains("Points</dt><dd>6 of 8<", "3 of 3 points",
                "your score went from 4.5 to 6 points", "2.5 of 4 points");
    }

    /** The matching question's second pair gets the first's right side, so "id → a count" is right too. */
    private void regradePairsSoBothMatchesCount() throws Exception {
        long question = jdbc.queryForObject("select q.id from question q join section s on s.id = q.section_id"
                + " join course c on c.id = s.course_id where c.slug = ? and q.position = 2", Long.class, course.slug);
        String editPage = mvc.perform(get(course.studio + "/questions/" + question).session(instructor))
                .andReturn().getResponse().getContentAsString();
        var version = Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(editPage);
        assertThat(version.find()).isTrue();
        mvc.perform(post(course.studio + "/questions/" + question).session(instructor).with(csrf())
                        .param("version", version.group(1)).param("type", "MATCHING")
                        .param("prompt", "Match each function with what it returns.").param("explanation", "")
                        .param("points", "3")
                        .param("pairs[0].left", "sys.getrefcount").param("pairs[0].right", "a count")
                        .param("pairs[1].left", "id").param("pairs[1].right", "a count")
                        .param("regrade", "true"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", containsString("1 scores changed")));
    }

    private void refused(String essay, String score, String message) throws Exception {
        mvc.perform(post(essay).session(instructor).with(csrf()).param("score", score).param("feedback", "Kept."))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString(message)))
                .andExpect(content().string(containsString("Kept.")));
    }
}
