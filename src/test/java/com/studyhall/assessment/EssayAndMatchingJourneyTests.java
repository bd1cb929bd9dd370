package com.studyhall.assessment;

import com.studyhall.DemoUsers;
import com.studyhall.StudyhallIntegrationTest;
import com.studyhall.accounts.AccountService;
import com.studyhall.accounts.NewAccount;
import com.studyhall.accounts.Role;
import com.studyhall.catalog.CourseRepository;
import com.studyhall.enrollment.EnrollmentService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Matching and essay questions from the studio to the learner's review: a matching question earns
 * a share of its points per right pair; an essay leaves the attempt "awaiting grading" until the
 * course's instructor grades it from the queue, then the attempt counts and the learner reads the
 * comment. Each test writes its own course, so the demo bank is never touched.
 */
@StudyhallIntegrationTest
class EssayAndMatchingJourneyTests {

    static final String ESSAY = "Explain why a cycle outlives its last outside reference.";

    @Autowired MockMvc mvc;
    @Autowired AccountService accounts;
    @Autowired CourseRepository courses;
    @Autowired EnrollmentService enrollments;
    @Autowired JdbcTemplate jdbc;

    TestTakers takers;
    MockHttpSession instructor;
    String slug;
    String studio;
    String test;
    String gradebook;

    @BeforeEach
    void writeACourseWithAMatchingAndAnEssayQuestion() throws Exception {
        takers = new TestTakers(accounts, courses, enrollments, mvc);
        instructor = DemoUsers.INSTRUCTOR.logIn(mvc);
        slug = "essays-" + UUID.randomUUID().toString().substring(0, 8);
        studio = "/studio/courses/" + slug + "/sections/cycles";
        test = "/courses/" + slug + "/cycles/test";
        gradebook = "/studio/courses/" + slug + "/gradebook";
        mvc.perform(post("/studio/courses").session(instructor).with(csrf()).param("title", "Essays " + slug)
                .param("slug", slug).param("category", "Technology").param("level", "BEGINNER")
                .param("tagline", "Written answers.").param("description", "Pairs and essays.")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/studio/courses/" + slug + "/sections").session(instructor).with(csrf())
                .param("title", "Cycles").param("slug", "cycles").param("overview", "Collected.")).andExpect(status().is3xxRedirection());
        mvc.perform(post(studio + "/questions").session(instructor).with(csrf()).param("type", "MATCHING")
                .param("prompt", "Match each function with what it returns.").param("explanation", "From the gc docs.")
                .param("points", "3")
                .param("pairs[0].left", "sys.getrefcount").param("pairs[0].right", "a count")
                .param("pairs[1].left", "gc.collect").param("pairs[1].right", "unreachable objects found")
                .param("pairs[2].left", "id").param("pairs[2].right", "an address")
                .param("pairs[3].left", "").param("pairs[3].right", "")).andExpect(status().is3xxRedirection());
        mvc.perform(post(studio + "/questions").session(instructor).with(csrf()).param("type", "ESSAY")
                .param("prompt", ESSAY).param("explanation", "Reference counts inside the cycle stay above zero.")
                .param("points", "4")).andExpect(status().is3xxRedirection());
        mvc.perform(post(studio + "/test").session(instructor).with(csrf()).param("questionsPerAttempt", "2")
                .param("shuffleQuestions", "false").param("shuffleOptions", "false").param("timeLimitMinutes", "20")
                .param("attemptsAllowed", "3").param("passMarkPercent", "50").param("feedback", "AFTER_EACH_ATTEMPT"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/studio/courses/" + slug + "/publish").session(instructor).with(csrf()));
        mvc.perform(post(studio + "/publish").session(instructor).with(csrf()).param("published", "true"));
    }

    @Test
    void matchingEarnsPerPairTheEssayAwaitsGradingAndTheGradeAndCommentReachTheLearner() throws Exception {
        var ada = takers.enrolledIn(slug);
        long attempt = start(ada.session());
        String sheet = mvc.perform(get("/attempts/" + attempt).session(ada.session())).andReturn().getResponse().getContentAsString();
        assertThat(sheet).contains("<select", "Choose…", "a count", "unreachable objects found", "<textarea", ESSAY);

        Map<String, Long> ids = optionIds(attempt);
        mvc.perform(post("/attempts/" + attempt).session(ada.session()).with(csrf()).param("action", "submit")
                        .param("q1", pair(ids, "sys.getrefcount", "sys.getrefcount"), pair(ids, "gc.collect", "gc.collect"),
                                pair(ids, "id", "gc.collect"), "")
                        .param("q2", "Each object in the cycle is referenced by another,\nso no count reaches zero."))
                .andExpect(redirectedUrl("/attempts/" + attempt));

        String waiting = review(ada.session(), attempt);
        assertThat(waiting).contains("Awaiting grading", "2 of 3 points", "unreachable objects found")
                .doesNotContain("Not passed").doesNotContain("score-figure");
        mvc.perform(get(test).session(ada.session())).andExpect(content().string(containsString("Awaiting grading")));
        mvc.perform(get("/studio/courses/" + slug + "/statistics").session(instructor)).andExpect(status().isOk());

        String queue = mvc.perform(get(gradebook + "/essays").session(instructor)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(queue).contains("Test Taker", "Cycles, attempt 1", "/gradebook/attempts/" + attempt + "/essays/2");
        String essayPath = gradebook + "/attempts/" + attempt + "/essays/2";
        mvc.perform(get(essayPath).session(instructor)).andExpect(status().isOk())
                .andExpect(content().string(containsString("so no count reaches zero.")));

        mvc.perform(post(essayPath).session(instructor).with(csrf()).param("score", "5").param("feedback", ""))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("must be between 0 and 4")));
        mvc.perform(post(essayPath).session(instructor).with(csrf()).param("score", "three"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("must be a number, such as 2 or 2.5")));
        mvc.perform(post(essayPath).session(instructor).with(csrf()).param("score", "3").param("feedback", "x".repeat(4001)))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("id=\"feedback-errors\"")));
        assertThat(review(ada.session(), attempt)).contains("Awaiting grading");

        mvc.perform(post(essayPath).session(instructor).with(csrf()).param("score", "3")
                        .param("feedback", "Clear argument; name the collector that finds it."))
                .andExpect(redirectedUrl(gradebook + "/essays"))
                .andExpect(flash().attribute("notice", "Graded question 2 of attempt 1 at Cycles. The attempt now counts: 71%."));

        String graded = review(ada.session(), attempt);
        assertThat(graded).doesNotContain("Awaiting grading").contains("Points</dt><dd>5 of 7", "Passed", "3 of 4 points",
                "Your instructor's comment", "Clear argument; name the collector that finds it.");
        assertThat(mvc.perform(get(gradebook + "/essays").session(instructor)).andReturn().getResponse().getContentAsString())
                .contains("No essay answer is waiting for a grade.");
        mvc.perform(get(gradebook).session(instructor)).andExpect(content().string(containsString("best 71%")));
        String statistics = mvc.perform(get("/studio/courses/" + slug + "/statistics").session(instructor))
                .andReturn().getResponse().getContentAsString();
        assertThat(statistics).contains("Scores of 1 graded attempt", "<svg", "data-count=\"1\"")
                .containsPattern("<th scope=\"row\">70–79 %</th>\\s*<td class=\"num\">1</td>");
    }

    @Test
    void aMatchingEditLeavesPastAttemptsWithThePairsTheyDrew() throws Exception {
        var ada = takers.enrolledIn(slug);
        long attempt = start(ada.session());
        Map<String, Long> ids = optionIds(attempt);
        mvc.perform(post("/attempts/" + attempt).session(ada.session()).with(csrf()).param("action", "submit")
                .param("q1", pair(ids, "id", "id")).param("q2", "Short."));
        String editPage = mvc.perform(get(studio + "/questions/" + questionId(1)).session(instructor))
                .andReturn().getResponse().getContentAsString();
        var version = Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(editPage);
        assertThat(version.find()).isTrue();
        assertThat(editPage).contains("value=\"an address\"");
        mvc.perform(post(studio + "/questions/" + questionId(1)).session(instructor).with(csrf())
                        .param("version", version.group(1)).param("type", "MATCHING").param("prompt", "Match them.")
                        .param("explanation", "").param("points", "3")
                        .param("pairs[0].left", "sys.getrefcount").param("pairs[0].right", "a count plus one")
                        .param("pairs[1].left", "gc.collect").param("pairs[1].right", "unreachable objects found")
                        .param("pairs[2].left", "id").param("pairs[2].right", "an integer"))
                .andExpect(status().is3xxRedirection());
        assertThat(review(ada.session(), attempt)).contains("an address", "1 of 3 points").doesNotContain("an integer");
        var bob = takers.enrolledIn(slug);
        long next = start(bob.session());
        assertThat(mvc.perform(get("/attempts/" + next).session(bob.session())).andReturn().getResponse().getContentAsString())
                .contains("an integer", "a count plus one");
    }

    @Test
    void forgedAndInvalidRequestsAreRefusedWithoutA500() throws Exception {
        var ada = takers.enrolledIn(slug);
        long attempt = start(ada.session());
        Map<String, Long> ids = optionIds(attempt);
        long foreign = ids.values().iterator().next() + 1_000_000;
        mvc.perform(put("/api/attempts/" + attempt + "/answers/1").session(ada.session()).with(csrf())
                        .contentType("application/json").content("{\"values\": [\"" + foreign + "=" + foreign + "\"]}"))
                .andExpect(status().isBadRequest());
        String left = String.valueOf(ids.get("id"));
        mvc.perform(put("/api/attempts/" + attempt + "/answers/1").session(ada.session()).with(csrf())
                        .contentType("application/json").content("{\"values\": [\"" + left + "=" + left + "\", \"" + left + "=" + left + "\"]}"))
                .andExpect(status().isBadRequest());
        mvc.perform(put("/api/attempts/" + attempt + "/answers/1").session(ada.session()).with(csrf())
                        .contentType("application/json").content("{\"values\": [\"nonsense\"]}"))
                .andExpect(status().isBadRequest());
        mvc.perform(put("/api/attempts/" + attempt + "/answers/2").session(ada.session()).with(csrf())
                        .contentType("application/json").content("{\"values\": [\"" + "x".repeat(20_001) + "\"]}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/attempts/" + attempt).session(ada.session()).with(csrf()).param("action", "submit").param("q2", "Done."));

        String essayPath = gradebook + "/attempts/" + attempt + "/essays/2";
        mvc.perform(get(gradebook + "/essays").session(ada.session())).andExpect(status().isForbidden());
        mvc.perform(post(essayPath).session(ada.session()).with(csrf()).param("score", "4")).andExpect(status().isForbidden());
        MockHttpSession other = otherInstructor();
        mvc.perform(get(gradebook + "/essays").session(other)).andExpect(status().isForbidden());
        mvc.perform(post(essayPath).session(other).with(csrf()).param("score", "4")).andExpect(status().isForbidden());
        mvc.perform(post(essayPath).session(instructor).param("score", "4")).andExpect(status().isForbidden());
        mvc.perform(get(gradebook + "/attempts/" + attempt + "/essays/1").session(instructor)).andExpect(status().isNotFound());
        mvc.perform(get(gradebook + "/attempts/" + attempt + "/essays/9").session(instructor)).andExpect(status().isNotFound());
        mvc.perform(get("/studio/courses/typography-for-interfaces/gradebook/attempts/" + attempt + "/essays/2").session(instructor))
                .andExpect(status().isNotFound());
        assertThat(review(ada.session(), attempt)).contains("Awaiting grading");

        mvc.perform(post(studio + "/questions").session(instructor).with(csrf()).param("type", "MATCHING")
                        .param("prompt", "Only one pair.").param("explanation", "").param("points", "1")
                        .param("pairs[0].left", "a").param("pairs[0].right", "b"))
                .andExpect(content().string(containsString("a matching question needs at least two pairs")));
    }

    private long start(MockHttpSession session) throws Exception {
        String location = mvc.perform(post(test).session(session).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/attempts/");
        return Long.parseLong(location.substring("/attempts/".length()));
    }

    private Map<String, Long> optionIds(long attempt) {
        return OwnCourse.optionIds(jdbc, attempt, 1);
    }

    private static String pair(Map<String, Long> ids, String left, String rightOf) {
        return OwnCourse.pair(ids, left, rightOf);
    }

    private String review(MockHttpSession learner, long attempt) throws Exception {
        return mvc.perform(get("/attempts/" + attempt).session(learner)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private long questionId(int position) {
        return jdbc.queryForObject("select q.id from question q join section s on s.id = q.section_id"
                + " join course c on c.id = s.course_id where c.slug = ? and q.position = ?", Long.class, slug, position);
    }

    private MockHttpSession otherInstructor() throws Exception {
        String email = "essay-other-" + UUID.randomUUID() + "@example.com";
        accounts.create(new NewAccount(email, "Other Instructor", TestTakers.PASSWORD), Set.of(Role.INSTRUCTOR));
        return DemoUsers.logIn(mvc, email, TestTakers.PASSWORD);
    }
}
