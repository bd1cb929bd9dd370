package com.studyhall.assessment;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A course of one test's own, written through the studio as its instructor would: one section,
 * questions imported from GIFT, a published mock test; and the learner's side of its attempts.
 * The demo bank is never touched.
 */
final class OwnCourse {

    private final MockMvc mvc;
    private final MockHttpSession instructor;
    final String slug;
    final String studio;
    final String test;

    private OwnCourse(MockMvc mvc, MockHttpSession instructor, String slug, String section) {
        this.mvc = mvc;
        this.instructor = instructor;
        this.slug = slug;
        this.studio = "/studio/courses/" + slug + "/sections/" + section;
        this.test = "/courses/" + slug + "/" + section + "/test";
    }

    /** A new published course named after {@code prefix}, with one published section titled {@code sectionTitle}. */
    static OwnCourse create(MockMvc mvc, MockHttpSession instructor, String prefix, String sectionTitle) throws Exception {
        String slug = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        var course = new OwnCourse(mvc, instructor, slug, sectionTitle.toLowerCase(java.util.Locale.ROOT));
        mvc.perform(post("/studio/courses").session(instructor).with(csrf()).param("title", prefix + " " + slug)
                .param("slug", slug).param("category", "Technology").param("level", "BEGINNER")
                .param("tagline", "A test's own.").param("description", "Written by a test.")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/studio/courses/" + slug + "/sections").session(instructor).with(csrf()).param("title", sectionTitle)
                .param("slug", sectionTitle.toLowerCase(java.util.Locale.ROOT)).param("overview", "Counted."))
                .andExpect(status().is3xxRedirection());
        return course;
    }

    /** Imports GIFT questions in the file's order; {@code importOthers} as the author's tick. */
    OwnCourse withGift(String gift, boolean importOthers) throws Exception {
        mvc.perform(post(studio + "/questions/import").session(instructor).with(csrf()).param("text", gift)
                .param("importOthers", String.valueOf(importOthers))).andExpect(status().is3xxRedirection());
        return this;
    }

    /** A test of the questions in order, unshuffled, answers shown after each attempt; then everything published. */
    OwnCourse withTest(int questionsPerAttempt, int passMarkPercent) throws Exception {
        mvc.perform(post(studio + "/test").session(instructor).with(csrf())
                .param("questionsPerAttempt", String.valueOf(questionsPerAttempt))
                .param("shuffleQuestions", "false").param("shuffleOptions", "false").param("timeLimitMinutes", "30")
                .param("attemptsAllowed", "3").param("passMarkPercent", String.valueOf(passMarkPercent))
                .param("feedback", "AFTER_EACH_ATTEMPT")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/studio/courses/" + slug + "/publish").session(instructor).with(csrf()));
        mvc.perform(post(studio + "/publish").session(instructor).with(csrf()).param("published", "true"));
        return this;
    }

    long start(MockHttpSession learner) throws Exception {
        String location = mvc.perform(post(test).session(learner).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/attempts/");
        return Long.parseLong(location.substring("/attempts/".length()));
    }

    /** The attempt's page as the learner sees it: the sheet while open, the review once closed. */
    String review(MockHttpSession learner, long attempt) throws Exception {
        return mvc.perform(get("/attempts/" + attempt).session(learner)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    /** Option ids by their text, in the version the attempt drew at {@code position} (a matching question's by left side). */
    static Map<String, Long> optionIds(JdbcTemplate jdbc, long attempt, int position) {
        return jdbc.queryForList("select o.option_id, o.text from question_version_option o join attempt_question a"
                        + " on a.question_version_id = o.question_version_id where a.attempt_id = ? and a.position = ?",
                        attempt, position)
                .stream().collect(Collectors.toMap(row -> (String) row.get("TEXT"), row -> ((Number) row.get("OPTION_ID")).longValue()));
    }

    /** The posted value matching {@code left} with the right side of {@code rightOf}'s pair. */
    static String pair(Map<String, Long> ids, String left, String rightOf) {
        return ids.get(left) + "=" + ids.get(rightOf);
    }
}
