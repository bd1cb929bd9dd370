package com.studyhall.authoring;

import com.studyhall.DemoUsers;
import com.studyhall.StudyhallIntegrationTest;
import com.studyhall.assessment.QuestionRepository;
import com.studyhall.catalog.CourseRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Bundles, Anki TSV and GIFT through the studio's routes. */
@StudyhallIntegrationTest
@Import(StudioFixtures.class)
class StudioTransferTests {

    static final String TYPO_SECTION = "/studio/courses/typography-for-interfaces/sections/choosing-and-pairing-typefaces";

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    CourseRepository courses;

    @Autowired
    QuestionRepository questions;

    @Autowired
    StudioFixtures fixtures;

    @Test
    void bundleRoundTripIsLossless() throws Exception {
        MockHttpSession ines = DemoUsers.INSTRUCTOR.logIn(mvc);
        String first = export("python-memory-management", ines);
        mvc.perform(multipart("/studio/import").file(new MockMultipartFile("file", "pmm.json", "application/json",
                        first.getBytes(StandardCharsets.UTF_8))).param("slug", "pmm-round-trip").session(ines).with(csrf()))
                .andExpect(redirectedUrl("/studio/courses/pmm-round-trip"));
        String second = export("pmm-round-trip", ines);

        JsonNode before = json.readTree(first);
        JsonNode after = json.readTree(second);
        assertThat(after.get("slug").asString()).isEqualTo("pmm-round-trip");
        assertThat(after.get("published").asBoolean()).as("a copy arrives as a draft").isFalse();
        ((ObjectNode) after).put("slug", before.get("slug").asString());
        ((ObjectNode) after).put("published", before.get("published").asBoolean());
        assertThat(after).isEqualTo(before);
        var demo = new DemoCourseReader(JsonMapper.builder().build()).read().stream()
                .filter(course -> course.slug().equals("python-memory-management")).findFirst().orElseThrow();
        List<String> exported = new java.util.ArrayList<>();
        before.get("sections").forEach(section -> exported.add(section.get("slug").asString()));
        assertThat(exported).as("every demo section, in the demo order").isEqualTo(
                demo.sections().stream().map(CourseBundle.SectionBundle::slug).toList());
        assertThat(before.get("format").asString()).isEqualTo("studyhall-course");
    }

    @Test
    void aBundleWithOneBadQuestionImportsNothing() throws Exception {
        MockHttpSession ines = DemoUsers.INSTRUCTOR.logIn(mvc);
        ObjectNode bundle = (ObjectNode) json.readTree(export("typography-for-interfaces", ines));
        bundle.put("slug", "half-imported");
        ObjectNode lastQuestion = (ObjectNode) bundle.get("sections").get(1).get("test").get("questions").get(0);
        lastQuestion.put("prompt", "");
        mvc.perform(multipart("/studio/import").file(new MockMultipartFile("file", "b.json", "application/json",
                        json.writeValueAsBytes(bundle))).session(ines).with(csrf()))
                .andExpect(redirectedUrl("/studio"));
        assertThat(courses.existsBySlug("half-imported")).isFalse();

        mvc.perform(multipart("/studio/import").file(new MockMultipartFile("file", "b.json", "application/json",
                        "{ not json".getBytes(StandardCharsets.UTF_8))).session(ines).with(csrf()))
                .andExpect(redirectedUrl("/studio"));
    }

    @Test
    void anotherInstructorCannotExportSomeoneElsesCourse() throws Exception {
        mvc.perform(get("/studio/courses/python-memory-management/export").session(fixtures.otherInstructor(mvc)))
                .andExpect(status().isNotFound());
    }

    @Test
    void flashcardsGoOutAsAnkiTsvAndComeBackIn() throws Exception {
        MockHttpSession ines = DemoUsers.INSTRUCTOR.logIn(mvc);
        String tsv = mvc.perform(get(TYPO_SECTION + "/flashcards.tsv").session(ines))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("attachment")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        int cards = FlashcardTsv.read(tsv).size();
        mvc.perform(multipart(TYPO_SECTION + "/flashcards/import").file(new MockMultipartFile("file", "cards.txt",
                        "text/plain", tsv.getBytes(StandardCharsets.UTF_8))).session(ines).with(csrf()))
                .andExpect(redirectedUrl(TYPO_SECTION + "#flashcards"));
        String again = mvc.perform(get(TYPO_SECTION + "/flashcards.tsv").session(ines))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(FlashcardTsv.read(again)).hasSize(cards * 2);

        String page = mvc.perform(post(TYPO_SECTION + "/flashcards/import").session(ines).with(csrf())
                        .param("text", "good\tcard\nbroken line\n"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Nothing was imported", "line 2: expected a front and a back");
        assertThat(FlashcardTsv.read(mvc.perform(get(TYPO_SECTION + "/flashcards.tsv").session(ines))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))).hasSize(cards * 2);
    }

    @Test
    void questionsGoOutAsGiftAndABadFileImportsNothing() throws Exception {
        MockHttpSession ines = DemoUsers.INSTRUCTOR.logIn(mvc);
        String section = "/studio/courses/typography-for-interfaces/sections/type-scale-spacing-and-readability";
        long sectionId = fixtures.sectionId("typography-for-interfaces", "type-scale-spacing-and-readability");
        String gift = mvc.perform(get(section + "/questions.gift").session(ines))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        long before = questions.countBySectionId(sectionId);
        assertThat(QuestionGift.read(gift)).hasSize((int) before);

        String page = mvc.perform(post(section + "/questions/import").session(ines).with(csrf())
                        .param("text", gift + "\n\nBroken {=a =b ~c}\n"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Nothing was imported", "exactly one correct option");
        assertThat(questions.countBySectionId(sectionId)).isEqualTo(before);

        mvc.perform(post(section + "/questions/import").session(ines).with(csrf()).param("text", gift))
                .andExpect(redirectedUrl(section + "#questions"));
        assertThat(questions.countBySectionId(sectionId)).isEqualTo(before * 2);
    }

    private String export(String course, MockHttpSession session) throws Exception {
        return mvc.perform(get("/studio/courses/" + course + "/export").session(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
