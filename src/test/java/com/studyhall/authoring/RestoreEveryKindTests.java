package com.studyhall.authoring;

import com.studyhall.DemoUsers;
import com.studyhall.StudyhallIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.studyhall.authoring.HistoryWithContentTests.BASE;
import static com.studyhall.authoring.HistoryWithContentTests.RESTORING;
import static com.studyhall.authoring.HistoryWithContentTests.VERSION;
import static com.studyhall.authoring.HistoryWithContentTests.group;
import static com.studyhall.authoring.HistoryWithContentTests.restoreLink;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * "Restore this version" for the kinds that are not generic items: questions, lesson parts with
 * their turns, summaries and test settings. Each history page shows the word diff and the button;
 * the restored form saves as a new change through the same merge (and, for a question, the same
 * regrade choice) as any edit, and the history keeps every version.
 */
@StudyhallIntegrationTest
class RestoreEveryKindTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    MockHttpSession ines;
    MockHttpSession ada;
    String slug;
    String section;
    long sectionId;

    @BeforeEach
    void aCourseOfItsOwn() throws Exception {
        ines = DemoUsers.INSTRUCTOR.logIn(mvc);
        ada = DemoUsers.ADMIN.logIn(mvc);
        slug = "restore-" + UUID.randomUUID().toString().substring(0, 8);
        section = StudioFixtures.courseWithOneSection(mvc, ines, slug, "Restore course");
        sectionId = jdbc.queryForObject("select s.id from section s join course c on c.id = s.course_id where c.slug = ?",
                Long.class, slug);
    }

    @Test
    void aQuestionComesBackWithItsOptionsAndItsCorrectMark() throws Exception {
        redirect(question(post(section + "/questions"), "Which part frees a list at once?", "reference counting", true,
                "the cyclic collector", false));
        long id = jdbc.queryForObject("select max(id) from question where section_id = ?", Long.class, sectionId);
        String edit = page(section + "/questions/" + id, ines);
        redirect(question(post(section + "/questions/" + id), "Which part frees a cycle?", "reference counting", false,
                "the cyclic collector", true).param("version", group(VERSION, edit)).param("base", group(BASE, edit)));

        String history = history("question", id);
        assertThat(history).contains("<span>Which part frees a </span><del>list at once</del><ins>cycle</ins><span>?</span>",
                "<span>[</span><del>correct</del><ins> </ins><span>] reference counting", "Restore this version");

        String form = page(restoreLink(history), ines);
        assertThat(form).contains("This form holds an earlier version", ">Which part frees a list at once?</textarea>",
                "value=\"reference counting\"");
        assertThat(checked(form, "options[0].correct")).isTrue();
        assertThat(checked(form, "options[1].correct")).isFalse();

        redirect(question(post(section + "/questions/" + id), "Which part frees a list at once?", "reference counting", true,
                "the cyclic collector", false).param("version", group(VERSION, form)).param("base", group(BASE, form))
                .param("restoring", group(RESTORING, form)));

        assertThat(jdbc.queryForObject("select prompt from question where id = ?", String.class, id))
                .isEqualTo("Which part frees a list at once?");
        assertThat(jdbc.queryForList("select correct from question_option where question_id = ? order by position",
                Boolean.class, id)).containsExactly(true, false);
        assertThat(history("question", id)).contains("Restored an earlier version of a single choice question");
        assertThat(changes("question", id)).isEqualTo(3);
    }

    @Test
    void aLessonPartComesBackWithEveryTurnOfItsTranscript() throws Exception {
        redirect(post(section + "/lessons").session(ines).with(csrf()).param("title", "Counting")
                .param("keyTakeaway", "Counts go up and down.")
                .param("turns[0].role", "TEACHER").param("turns[0].speaker", "Ines")
                .param("turns[0].text", "A name adds one.\n\nA list slot adds one too.")
                .param("turns[1].role", "STUDENT").param("turns[1].speaker", "Sam").param("turns[1].text", "And del?"));
        long id = jdbc.queryForObject("select max(id) from lesson_part where section_id = ?", Long.class, sectionId);
        String edit = page(section + "/lessons/" + id, ines);
        redirect(post(section + "/lessons/" + id).session(ines).with(csrf()).param("version", group(VERSION, edit))
                .param("base", group(BASE, edit)).param("title", "Counting, shorter").param("keyTakeaway", "Counts go up.")
                .param("turns[0].role", "TEACHER").param("turns[0].speaker", "Ines").param("turns[0].text", "A name adds one."));

        String history = history("lesson part", id);
        assertThat(history).contains("<span>Counting</span><ins>, shorter</ins>", "<del>A list slot adds one too.", "Restore this version");

        String form = page(restoreLink(history), ines);
        assertThat(form).contains("This form holds an earlier version", "value=\"Counting\"", "Counts go up and down.",
                "A name adds one.\n\nA list slot adds one too.", "value=\"Sam\"", "And del?");

        redirect(post(section + "/lessons/" + id).session(ines).with(csrf()).param("version", group(VERSION, form))
                .param("base", group(BASE, form)).param("restoring", group(RESTORING, form)).param("title", "Counting")
                .param("keyTakeaway", "Counts go up and down.")
                .param("turns[0].role", "TEACHER").param("turns[0].speaker", "Ines")
                .param("turns[0].text", "A name adds one.\n\nA list slot adds one too.")
                .param("turns[1].role", "STUDENT").param("turns[1].speaker", "Sam").param("turns[1].text", "And del?"));

        assertThat(jdbc.queryForList("select speaker from transcript_turn where lesson_part_id = ? order by position",
                String.class, id)).containsExactly("Ines", "Sam");
        assertThat(history("lesson part", id)).contains("Restored an earlier version of lesson part Counting");
        assertThat(changes("lesson part", id)).isEqualTo(3);
    }

    @Test
    void theTurnsOfATranscriptSnapshotReadBackWithTheirOwnBlankLines() {
        var form = new LessonPartForm().restoring(java.util.Map.of("Title", "T", "Key takeaway", "",
                "Transcript", "TEACHER · Ines: One.\n\nTwo.\n\nSTUDENT · Sam: Why: because?\n\n"), 7);
        assertThat(form.getTurns()).extracting(LessonPartForm.Turn::getSpeaker, LessonPartForm.Turn::getText)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Ines", "One.\n\nTwo."),
                        org.assertj.core.groups.Tuple.tuple("Sam", "Why: because?"));
        assertThat(form.getRestoring()).isEqualTo(7);
    }

    @Test
    void aSummaryComesBackAndARestoreOverANewerEditMergesIt() throws Exception {
        summary(ines, null, "Counts.", "Counting references.", "Every name counts.");
        summary(ines, page(section + "/summary", ines), "Counts and cycles.", "Counting references.", "Every name counts.");

        String history = history("summary", sectionId);
        assertThat(history).contains("<span>Counts</span><ins> and cycles</ins><span>.</span>", "Restore this version");
        assertThat(page(section + "/summary", ines)).contains("History of the summary");

        String form = page(restoreLink(history), ines);
        assertThat(form).contains("This form holds an earlier version", ">Counts.</textarea>");
        summary(ada, page(section + "/summary", ada), "Counts and cycles.", "Counting references.", "Ada's details.");

        redirect(post(section + "/summary").session(ines).with(csrf()).param("version", group(VERSION, form))
                .param("base", group(BASE, form)).param("restoring", group(RESTORING, form)).param("basic", "Counts.")
                .param("medium", "Counting references.").param("detailed", "Every name counts."));

        assertThat(jdbc.queryForObject("select basic from section_summary where section_id = ?", String.class, sectionId))
                .isEqualTo("Counts.");
        assertThat(jdbc.queryForObject("select detailed from section_summary where section_id = ?", String.class,
                sectionId)).isEqualTo("Ada's details.");
        assertThat(history("summary", sectionId)).contains("Restored an earlier version of the summary of Only");
    }

    @Test
    void testSettingsComeBackFromTheirHistory() throws Exception {
        redirect(question(post(section + "/questions"), "Which part frees a list at once?", "reference counting", true,
                "the cyclic collector", false));
        settings(null, "1", "20", "3", "70", "AFTER_EACH_ATTEMPT");
        settings(page(section + "/test", ines), "1", "45", "1", "80", "NEVER");

        String history = history("test settings", sectionId);
        assertThat(history).contains("<del>20</del><ins>45</ins>", "<del>AFTER_EACH_ATTEMPT</del><ins>NEVER</ins>",
                "Restore this version");
        assertThat(page(section + "/test", ines)).contains("History of the test settings");

        String form = page(restoreLink(history), ines);
        assertThat(form).contains("This form holds an earlier version", "value=\"20\"", "value=\"70\"",
                "value=\"AFTER_EACH_ATTEMPT\" selected=\"selected\"");
        settings(form, "1", "20", "3", "70", "AFTER_EACH_ATTEMPT");

        assertThat(jdbc.queryForObject("select time_limit_minutes * 100 + attempts_allowed from mock_test where section_id = ?",
                Integer.class, sectionId)).isEqualTo(20 * 100 + 3);
        assertThat(jdbc.queryForObject("select feedback from mock_test where section_id = ?", String.class, sectionId))
                .isEqualTo("AFTER_EACH_ATTEMPT");
        assertThat(history("test settings", sectionId))
                .contains("Restored an earlier version of the mock-test settings of Only");
    }

    @Test
    void aChangeOfAnotherKindOrCourseIsNotRestoredHere() throws Exception {
        summary(ines, null, "Counts.", "Counting references.", "Every name counts.");
        long change = jdbc.queryForObject("select max(id) from studio_change where entity_type = 'summary' and entity_id = ?",
                Long.class, sectionId);
        mvc.perform(get(section + "/test?restore=" + change).session(ines)).andExpect(status().isNotFound());
        mvc.perform(get(section + "/summary?restore=" + (change + 100000)).session(ines)).andExpect(status().isNotFound());
    }

    private MockHttpServletRequestBuilder question(MockHttpServletRequestBuilder request, String prompt, String first,
                                                   boolean firstCorrect, String second, boolean secondCorrect) {
        return request.session(ines).with(csrf()).param("type", "SINGLE_CHOICE").param("prompt", prompt)
                .param("explanation", "").param("points", "1")
                .param("options[0].text", first).param("options[0].correct", String.valueOf(firstCorrect))
                .param("options[1].text", second).param("options[1].correct", String.valueOf(secondCorrect));
    }

    private void summary(MockHttpSession who, String form, String basic, String medium, String detailed) throws Exception {
        var request = post(section + "/summary").session(who).with(csrf()).param("basic", basic).param("medium", medium)
                .param("detailed", detailed);
        if (form != null) {
            request.param("version", group(VERSION, form)).param("base", group(BASE, form));
            if (RESTORING.matcher(form).find()) {
                request.param("restoring", group(RESTORING, form));
            }
        }
        redirect(request);
    }

    private void settings(String form, String perAttempt, String minutes, String attempts, String passMark,
                          String feedback) throws Exception {
        var request = post(section + "/test").session(ines).with(csrf()).param("questionsPerAttempt", perAttempt)
                .param("timeLimitMinutes", minutes).param("attemptsAllowed", attempts).param("passMarkPercent", passMark)
                .param("feedback", feedback).param("shuffleQuestions", "true").param("shuffleOptions", "true");
        if (form != null) {
            request.param("version", group(VERSION, form)).param("base", group(BASE, form));
            if (RESTORING.matcher(form).find()) {
                request.param("restoring", group(RESTORING, form));
            }
        }
        redirect(request);
    }

    private int changes(String type, long id) {
        return jdbc.queryForObject("select count(*) from studio_change where entity_type = ? and entity_id = ?",
                Integer.class, type, id);
    }

    private String history(String type, long id) throws Exception {
        return mvc.perform(get("/studio/courses/" + slug + "/history").param("type", type).param("id", String.valueOf(id))
                .session(ines)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static boolean checked(String form, String name) {
        Matcher input = Pattern.compile("<input type=\"checkbox\"[^>]*name=\"" + Pattern.quote(name) + "\"[^>]*>")
                .matcher(form);
        assertThat(input.find()).as(name).isTrue();
        return input.group().contains("checked");
    }

    private String page(String path, MockHttpSession session) throws Exception {
        return mvc.perform(get(path).session(session)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private void redirect(MockHttpServletRequestBuilder request) throws Exception {
        mvc.perform(request).andExpect(status().is3xxRedirection());
    }
}
