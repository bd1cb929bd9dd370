package com.studyhall.authoring;

import com.studyhall.DemoUsers;
import com.studyhall.StudyhallIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Our file of every form in Moodle's GIFT documentation, imported through the studio: the
 * description (a type we do not have) is listed with its line and nothing is imported, until the
 * author ticks "import the others"; then every other question arrives, in order, with its type.
 */
@StudyhallIntegrationTest
class GiftImportJourneyTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    MockHttpSession ines;
    String section;
    long sectionId;

    @BeforeEach
    void aSectionOfItsOwn() throws Exception {
        ines = DemoUsers.INSTRUCTOR.logIn(mvc);
        String slug = "gift-" + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(post("/studio/courses").session(ines).with(csrf()).param("title", "GIFT course").param("slug", slug)
                .param("category", "Technology").param("level", "BEGINNER").param("tagline", "Moodle files.")
                .param("description", "Imported.")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/studio/courses/" + slug + "/sections").session(ines).with(csrf()).param("title", "Only")
                .param("slug", "only").param("overview", "Here.")).andExpect(status().is3xxRedirection());
        section = "/studio/courses/" + slug + "/sections/only";
        sectionId = jdbc.queryForObject("select s.id from section s join course c on c.id = s.course_id where c.slug = ?",
                Long.class, slug);
    }

    @Test
    void aDescriptionStopsTheImportUntilTheAuthorTicksImportTheOthers() throws Exception {
        String gift = resource("/gift/every-documented-form.gift");

        String refused = mvc.perform(post(section + "/questions/import").session(ines).with(csrf()).param("text", gift))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Nothing was imported.", "of a type Studyhall does",
                "line 72: a description (text with no answer in braces { }); Studyhall has no such question type",
                "name=\"importOthers\"", "Import the others");
        assertThat(count()).isZero();

        mvc.perform(post(section + "/questions/import").session(ines).with(csrf()).param("text", gift)
                .param("importOthers", "true")).andExpect(status().is3xxRedirection());

        assertThat(jdbc.queryForList("select type from question where section_id = ? order by position", String.class,
                sectionId)).containsExactly("SINGLE_CHOICE", "SINGLE_CHOICE", "MULTIPLE_CHOICE", "SHORT_TEXT",
                "TRUE_FALSE", "TRUE_FALSE", "TRUE_FALSE", "NUMERIC", "NUMERIC", "NUMERIC", "NUMERIC", "MATCHING",
                "ESSAY", "ESSAY", "SHORT_TEXT", "NUMERIC", "NUMERIC", "TRUE_FALSE", "MULTIPLE_CHOICE", "SINGLE_CHOICE");
        assertThat(jdbc.queryForList("select o.feedback from question_option o join question q on q.id = o.question_id"
                + " where q.section_id = ? and q.position = 1 order by o.position", String.class, sectionId))
                .containsExactly("right: no collection pass is needed", "it only runs <i>now and then</i>",
                        "it hands memory back, it decides nothing");
        assertThat(jdbc.queryForList("select o.text || ' ' || o.credit || ' ' || coalesce(o.feedback, '') from question_option o"
                + " join question q on q.id = o.question_id where q.section_id = ? and q.position = 4 order by o.position",
                String.class, sectionId)).containsExactly("gc 100.0 Right.", "the gc module 100.0 ",
                "garbage collector 50.0 Close: the module's name is shorter.", "* 0.0 No.");
    }

    @Test
    void aMalformedQuestionOffersNoTick() throws Exception {
        String refused = mvc.perform(post(section + "/questions/import").session(ines).with(csrf())
                        .param("text", "Just a note.\n\nBad number {#abc}\n"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Please fix these lines", "line 3: a numeric answer", "line 1: a description")
                .doesNotContain("name=\"importOthers\"");
        assertThat(count()).isZero();
    }

    private int count() {
        return jdbc.queryForObject("select count(*) from question where section_id = ?", Integer.class, sectionId);
    }

    private static String resource(String path) throws IOException {
        try (var in = GiftImportJourneyTests.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
