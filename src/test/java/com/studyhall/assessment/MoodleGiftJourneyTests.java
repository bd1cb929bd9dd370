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
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Our file of every form in Moodle's GIFT documentation (src/test/resources/gift), from the import
 * to the learner's review: partial credit on short and numeric answers is graded, each answer's own
 * feedback and a true/false answer's feedback reach the learner who gave that answer, categories
 * show in the studio, and the course bundle keeps all of it. Positions follow the file's order.
 */
@StudyhallIntegrationTest
class MoodleGiftJourneyTests {

    static final int SHORT_GC = 4;
    static final int TRUE_WITH_FEEDBACK = 7;
    static final int THRESHOLD = 10;
    static final int ONE_TO_FIVE = 11;
    static final int FINDER = 15;
    static final int PI = 16;
    static final int BYTE = 17;
    static final int FALSE_WITH_FEEDBACK = 18;
    static final int TRACKED = 19;
    static final int SETTER = 20;

    @Autowired MockMvc mvc;
    @Autowired AccountService accounts;
    @Autowired CourseRepository courses;
    @Autowired EnrollmentService enrollments;
    @Autowired JdbcTemplate jdbc;

    MockHttpSession instructor;
    OwnCourse course;
    String slug;
    String studio;

    @BeforeEach
    void importTheFileIntoACourseOfItsOwn() throws Exception {
        instructor = DemoUsers.INSTRUCTOR.logIn(mvc);
        course = OwnCourse.create(mvc, instructor, "moodle", "Memory")
                .withGift(resource("/gift/every-documented-form.gift"), true).withTest(20, 50);
        slug = course.slug;
        studio = course.studio;
    }

    @Test
    void partialAnswersEarnTheirCreditAndEveryAnswerHearsItsOwnFeedback() throws Exception {
        var learner = new TestTakers(accounts, courses, enrollments, mvc).enrolledIn(slug);
        long attempt = course.start(learner.session());
        submit(learner.session(), attempt, Map.of(SHORT_GC, "garbage collector", TRUE_WITH_FEEDBACK, "false",
                THRESHOLD, "750", ONE_TO_FIVE, "9", FINDER, "collect()", PI, "3.145", BYTE, "12",
                FALSE_WITH_FEEDBACK, "true", TRACKED, option(attempt, TRACKED, "lists"),
                SETTER, option(attempt, SETTER, "gc.get_threshold()")));

        assertThat(awarded(attempt, FINDER, PI, BYTE, SHORT_GC, THRESHOLD, TRACKED, SETTER)).containsExactly("1", "1", "1", "0.5", "0.5", "1", "2");
        assertThat(correct(attempt, FINDER, PI, TRUE_WITH_FEEDBACK, TRACKED, SETTER)).containsOnly(false);
        String review = course.review(learner.session(), attempt);
        assertThat(review).contains("Feedback on your answer", "Close: the module&#39;s name is shorter.",
                "It is: CPython does not wait.", "close", "Completely wrong", "Half: name its module too.",
                "Close: two places earn half.", "Within a factor of two: half.", "Small ints are cached and never freed.",
                "Partly correct: 1 of 2 points", "Partly correct: 2 of 4 points", "Partly correct: 0.5 of 1 point", "Yes: a list can hold references.",
                "Close: that one only reads it.")
                .doesNotContain("Yes, at once.", "Right: CPython keeps small ints for good.", "Right to four places.");
        mvc.perform(get("/studio/courses/" + slug + "/statistics").session(instructor)).andExpect(status().isOk());
    }

    @Test
    void fullAnswersEarnEverythingAndTheWrongAnswersOwnFeedbackBeatsAnyOtherAnswer() throws Exception {
        var learner = new TestTakers(accounts, courses, enrollments, mvc).enrolledIn(slug);
        long attempt = course.start(learner.session());
        submit(learner.session(), attempt, Map.of(SHORT_GC, "GC", TRUE_WITH_FEEDBACK, "true", PI, "3.1416",
                BYTE, "8", FALSE_WITH_FEEDBACK, "false", FINDER, "nothing", THRESHOLD, "700",
                TRACKED, option(attempt, TRACKED, "ints"), SETTER, option(attempt, SETTER, "gc.set_threshold()")));

        assertThat(awarded(attempt, SHORT_GC, PI, BYTE, FALSE_WITH_FEEDBACK, FINDER, THRESHOLD, TRACKED, SETTER))
                .containsExactly("1", "2", "2", "1", "0", "1", "0", "4");
        assertThat(course.review(learner.session(), attempt)).contains("Right.", "Yes, at once.", "Right to four places.", "Eight.",
                "Right: CPython keeps small ints for good.", "No: look in the gc module.", "the default",
                "No: an int refers to nothing.")
                .doesNotContain("It is: CPython does not wait.", "Small ints are cached");

        long second = course.start(learner.session());
        submit(learner.session(), second, Map.of(PI, "3", THRESHOLD, "9000"));
        assertThat(course.review(learner.session(), second)).contains("Not close enough: no credit.", "Look at gc.get_threshold().");
    }

    @Test
    void categoriesShowInTheStudioAndTheBundleKeepsCreditsFeedbackAndCategories() throws Exception {
        String section = mvc.perform(get(studio).session(instructor)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(section).contains("class=\"badge question-category\">Memory/Counting<",
                "class=\"badge question-category\">Memory/Cycles<");
        String piForm = mvc.perform(get(studio + "/questions/" + questionId(slug, PI)).session(instructor))
                .andReturn().getResponse().getContentAsString();
        assertThat(piForm).contains("value=\"Memory/Cycles\"", "value=\"3.14\"", "value=\"50.0\"", "value=\"0.01\"",
                "value=\"Close: two places earn half.\"");
        String tfForm = mvc.perform(get(studio + "/questions/" + questionId(slug, FALSE_WITH_FEEDBACK)).session(instructor))
                .andReturn().getResponse().getContentAsString();
        assertThat(tfForm).contains("value=\"Small ints are cached and never freed.\"",
                "value=\"Right: CPython keeps small ints for good.\"");

        byte[] bundle = mvc.perform(get("/studio/courses/" + slug + "/export").session(instructor)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(bundle, StandardCharsets.UTF_8)).contains("\"category\" : \"Memory/Cycles\"", "\"credit\" : 50.0");
        String copy = slug + "-copy";
        mvc.perform(multipart("/studio/import").file(new MockMultipartFile("file", "course.json", "application/json", bundle))
                .param("slug", copy).session(instructor).with(csrf())).andExpect(status().is3xxRedirection());
        String options = "select o.text, o.credit, o.tolerance, o.feedback from question_option o join question q"
                + " on q.id = o.question_id where q.id = ? order by o.position";
        assertThat(jdbc.queryForList(options, questionId(copy, PI))).isEqualTo(jdbc.queryForList(options, questionId(slug, PI)));
        assertThat(jdbc.queryForList(options, questionId(copy, FALSE_WITH_FEEDBACK)))
                .isEqualTo(jdbc.queryForList(options, questionId(slug, FALSE_WITH_FEEDBACK))).hasSize(2);
        assertThat(jdbc.queryForObject("select category from question where id = ?", String.class, questionId(copy, FINDER)))
                .isEqualTo("Memory/Cycles");
    }

    private void submit(MockHttpSession session, long attempt, Map<Integer, String> answers) throws Exception {
        MockHttpServletRequestBuilder request = post("/attempts/" + attempt).session(session).with(csrf()).param("action", "submit");
        answers.forEach((position, answer) -> request.param("q" + position, answer));
        mvc.perform(request).andExpect(status().is3xxRedirection());
    }

    /** The id of the option with this text in the version the attempt drew at this position. */
    private String option(long attempt, int position, String text) {
        return String.valueOf(jdbc.queryForObject("select o.option_id from question_version_option o join attempt_question a"
                + " on a.question_version_id = o.question_version_id where a.attempt_id = ? and a.position = ? and o.text = ?",
                Long.class, attempt, position, text));
    }

    /** The points earned as the pages show them: "0.5", "2". */
    private List<String> awarded(long attempt, int... positions) {
        return java.util.Arrays.stream(positions).mapToObj(p -> Points.text(jdbc.queryForObject(
                "select awarded_points from attempt_question where attempt_id = ? and position = ?",
                java.math.BigDecimal.class, attempt, p))).toList();
    }

    private List<Boolean> correct(long attempt, int... positions) {
        return java.util.Arrays.stream(positions).mapToObj(p -> jdbc.queryForObject(
                "select correct from attempt_question where attempt_id = ? and position = ?", Boolean.class, attempt, p))
                .toList();
    }

    private long questionId(String course, int position) {
        return jdbc.queryForObject("select q.id from question q join section s on s.id = q.section_id"
                + " join course c on c.id = s.course_id where c.slug = ? and q.position = ?", Long.class, course, position);
    }

    private static String resource(String path) throws IOException {
        try (var in = MoodleGiftJourneyTests.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
