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

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An instructor edits and deletes questions learners already answered: past reviews, scores and
 * statistics keep what the learner saw, unless the instructor chooses to regrade with a fixed key.
 * Each test writes its own course, so the demo bank other tests read is never touched.
 */
@StudyhallIntegrationTest
class QuestionVersionJourneyTests {

    static final String FIRST_PROMPT = "How many references does `b` add after `b = a`?";
    static final String TF_PROMPT = "A reference count can drop to zero while a cycle keeps objects alive.";

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    CourseRepository courses;
    @Autowired
    EnrollmentService enrollments;
    @Autowired
    JdbcTemplate jdbc;

    TestTakers takers;
    MockHttpSession instructor;
    String slug;
    String studio;
    String test;

    @BeforeEach
    void writeACourseWithATwoQuestionTest() throws Exception {
        takers = new TestTakers(accounts, courses, enrollments, mvc);
        instructor = DemoUsers.INSTRUCTOR.logIn(mvc);
        slug = "versions-" + UUID.randomUUID().toString().substring(0, 8);
        studio = "/studio/courses/" + slug + "/sections/refs";
        test = "/courses/" + slug + "/refs/test";
        mvc.perform(post("/studio/courses").session(instructor).with(csrf()).param("title", "Versions " + slug)
                .param("slug", slug).param("category", "Technology").param("level", "BEGINNER")
                .param("tagline", "Kept as seen.").param("description", "Questions that change.")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/studio/courses/" + slug + "/sections").session(instructor).with(csrf())
                .param("title", "References").param("slug", "refs").param("overview", "Counting.")).andExpect(status().is3xxRedirection());
        mvc.perform(post(studio + "/questions").session(instructor).with(csrf()).param("type", "SINGLE_CHOICE")
                .param("prompt", FIRST_PROMPT).param("explanation", "Assignment binds one more name.").param("points", "1")
                .param("options[0].text", "One").param("options[0].correct", "true")
                .param("options[1].text", "Two").param("options[1].correct", "false")).andExpect(status().is3xxRedirection());
        mvc.perform(post(studio + "/questions").session(instructor).with(csrf()).param("type", "TRUE_FALSE")
                .param("prompt", TF_PROMPT).param("explanation", "Cycles keep counts above zero.").param("points", "1")
                .param("answer", "false")).andExpect(status().is3xxRedirection());
        mvc.perform(post(studio + "/test").session(instructor).with(csrf()).param("questionsPerAttempt", "2")
                .param("shuffleQuestions", "false").param("shuffleOptions", "false").param("timeLimitMinutes", "20")
                .param("attemptsAllowed", "3").param("passMarkPercent", "100").param("feedback", "AFTER_EACH_ATTEMPT"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/studio/courses/" + slug + "/publish").session(instructor).with(csrf()));
        mvc.perform(post(studio + "/publish").session(instructor).with(csrf()).param("published", "true"));
    }

    @Test
    void pastReviewsKeepTheQuestionAsSeenAfterAnEditAndADelete() throws Exception {
        var ada = takers.enrolledIn(slug);
        long attempt = takeTest(ada.session(), "Two", "false");
        String before = review(ada.session(), attempt);
        assertThat(before).contains("How many references does <code>b</code> add")
                .contains("Points</dt><dd>1 of 2").contains("1 of 2 questions");

        String editPage = mvc.perform(get(studio + "/questions/" + questionId(1)).session(instructor))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(editPage).contains("This question was used in 1 attempt by 1 learner.");
        editQuestion(1, "Rewritten: what does `b = a` add?", false, editPage)
                .andExpect(flash().attribute("notice", "Question saved. Past attempts keep the version they drew."));

        String afterEdit = review(ada.session(), attempt);
        assertThat(afterEdit).as("the review reads the version Ada drew, not the bank")
                .doesNotContain("Rewritten").contains("How many references does <code>b</code> add").contains("Points</dt><dd>1 of 2")
                .contains("1 of 2 questions");
        assertThat(optionLine(afterEdit, "One")).contains("Correct answer").doesNotContain("Your choice");
        assertThat(optionLine(afterEdit, "Two")).contains("Your choice").doesNotContain("Correct answer");

        String deleted = mvc.perform(post(studio + "/questions/" + questionId(2) + "/delete").session(instructor).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getFlashMap().get("notice").toString();
        assertThat(deleted).contains("used in 1 attempt by 1 learner", "keep it");
        String afterDelete = review(ada.session(), attempt);
        assertThat(afterDelete).contains(TF_PROMPT).contains("Points</dt><dd>1 of 2").contains("1 of 2 questions");

        var grace = takers.enrolledIn(slug);
        String sheet = mvc.perform(post(test).session(grace.session()).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String page = mvc.perform(get(sheet).session(grace.session())).andReturn().getResponse().getContentAsString();
        assertThat(page).as("new attempts draw the bank as it is now").contains("Rewritten").doesNotContain(TF_PROMPT);
        mvc.perform(get("/studio/courses/" + slug + "/statistics").session(instructor)).andExpect(status().isOk());
        assertThat(jdbc.queryForObject("select count(*) from question_version v join attempt_question a"
                + " on a.question_version_id = v.id join question q on q.id = v.question_id"
                + " where a.attempt_id = ? and q.trashed_at is not null", Long.class, attempt))
                .as("the deleted question waits in the trash and the attempt keeps its version").isEqualTo(1);
    }

    @Test
    void regradingAppliesTheFixedKeyRecordsEveryScoreAndTellsTheLearner() throws Exception {
        var ada = takers.enrolledIn(slug);
        var bob = takers.enrolledIn(slug);
        long adas = takeTest(ada.session(), "Two", "false");
        long bobs = takeTest(bob.session(), "One", "true");
        assertThat(review(ada.session(), adas)).contains("Points</dt><dd>1 of 2").contains("Not passed");

        String editPage = mvc.perform(get(studio + "/questions/" + questionId(1)).session(instructor))
                .andReturn().getResponse().getContentAsString();
        assertThat(editPage).contains("used in 2 attempts by 2 learners");
        editQuestion(1, FIRST_PROMPT + " (fixed key)", true, editPage)
                .andExpect(flash().attribute("notice", "Question saved; 2 past attempts regraded, 2 scores changed."));

        String adaReview = review(ada.session(), adas);
        assertThat(adaReview).contains("Points</dt><dd>2 of 2").contains("Passed").doesNotContain("fixed key")
                .contains("Ines Instructor corrected the answer key of question 1")
                .contains("your score went from 1 to 2 points");
        assertThat(optionLine(adaReview, "Two")).contains("Your choice", "Correct answer");
        assertThat(review(bob.session(), bobs)).contains("Points</dt><dd>0 of 2").contains("from 1 to 0 points");
        assertThat(jdbc.queryForList("select r.points_before, r.points_after, g.actor_name from regraded_attempt r"
                + " join question_regrade g on g.id = r.regrade_id where r.attempt_id in (?, ?) order by r.attempt_id",
                adas, bobs).stream().map(row -> row.values().stream().map(String::valueOf).toList()).toList())
                .containsExactly(List.of("1.00", "2.00", "Ines Instructor"), List.of("1.00", "0.00", "Ines Instructor"));
    }

    @Test
    void anOptionsOwnFeedbackShowsToTheLearnerWhoChoseItAsTheVersionHadIt() throws Exception {
        String editPage = mvc.perform(get(studio + "/questions/" + questionId(1)).session(instructor))
                .andReturn().getResponse().getContentAsString();
        var version = java.util.regex.Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(editPage);
        assertThat(version.find()).isTrue();
        mvc.perform(post(studio + "/questions/" + questionId(1)).session(instructor).with(csrf())
                .param("version", version.group(1)).param("type", "SINGLE_CHOICE").param("prompt", FIRST_PROMPT)
                .param("explanation", "Assignment binds one more name.").param("points", "1")
                .param("options[0].text", "One").param("options[0].correct", "true")
                .param("options[0].feedback", "Yes: one more name.")
                .param("options[1].text", "Two").param("options[1].correct", "false")
                .param("options[1].feedback", "No: `b = a` binds *one* name.")).andExpect(status().is3xxRedirection());
        var ada = takers.enrolledIn(slug);
        long attempt = takeTest(ada.session(), "Two", "false");

        var later = java.util.regex.Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(mvc.perform(
                get(studio + "/questions/" + questionId(1)).session(instructor)).andReturn().getResponse().getContentAsString());
        assertThat(later.find()).isTrue();
        mvc.perform(post(studio + "/questions/" + questionId(1)).session(instructor).with(csrf())
                .param("version", later.group(1)).param("type", "SINGLE_CHOICE")
                .param("prompt", FIRST_PROMPT).param("explanation", "Assignment binds one more name.").param("points", "1")
                .param("options[0].text", "One").param("options[0].correct", "true")
                .param("options[1].text", "Two").param("options[1].correct", "false")
                .param("options[1].feedback", "Changed later.")).andExpect(status().is3xxRedirection());

        String review = review(ada.session(), attempt);
        assertThat(optionLine(review, "Two")).contains("Your choice", "Feedback:", "No: <code>b &#61; a</code> binds <em>one</em> name.");
        assertThat(optionLine(review, "One")).doesNotContain("Feedback:");
        assertThat(review).doesNotContain("Changed later.");
    }

    private long takeTest(MockHttpSession learner, String choice, String trueOrFalse) throws Exception {
        String location = mvc.perform(post(test).session(learner).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long attempt = Long.parseLong(location.substring("/attempts/".length()));
        long option = jdbc.queryForObject("select o.option_id from question_version_option o join attempt_question a"
                + " on a.question_version_id = o.question_version_id where a.attempt_id = ? and a.position = 1 and o.text = ?",
                Long.class, attempt, choice);
        mvc.perform(post("/attempts/" + attempt).session(learner).with(csrf()).param("action", "submit")
                .param("q1", String.valueOf(option)).param("q2", trueOrFalse)).andExpect(status().is3xxRedirection());
        return attempt;
    }

    private org.springframework.test.web.servlet.ResultActions editQuestion(int position, String prompt, boolean regrade,
                                                                           String editPage) throws Exception {
        var version = java.util.regex.Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(editPage);
        assertThat(version.find()).isTrue();
        return mvc.perform(post(studio + "/questions/" + questionId(position)).session(instructor).with(csrf())
                        .param("version", version.group(1)).param("type", "SINGLE_CHOICE").param("prompt", prompt)
                        .param("explanation", "Assignment binds one more name.").param("points", "1")
                        .param("options[0].text", "One").param("options[0].correct", "false")
                        .param("options[1].text", "Two").param("options[1].correct", "true")
                        .param("regrade", String.valueOf(regrade)))
                .andExpect(status().is3xxRedirection());
    }

    private String review(MockHttpSession learner, long attempt) throws Exception {
        return mvc.perform(get("/attempts/" + attempt).session(learner)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private long questionId(int position) {
        return jdbc.queryForObject("select q.id from question q join section s on s.id = q.section_id"
                + " join course c on c.id = s.course_id where c.slug = ? and q.position = ?", Long.class, slug, position);
    }

    /** The review's list item of the option with this text. */
    private static String optionLine(String page, String text) {
        var item = java.util.regex.Pattern.compile("<li[^>]*class=\"option[^\"]*\"[^>]*>((?:(?!</li>).)*?<span>" + text
                + "</span>(?:(?!</li>).)*)</li>", java.util.regex.Pattern.DOTALL).matcher(page);
        assertThat(item.find()).as("option " + text + " is on the review").isTrue();
        return item.group(0);
    }
}
