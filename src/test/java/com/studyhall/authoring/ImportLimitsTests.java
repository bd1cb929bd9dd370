package com.studyhall.authoring;

import com.studyhall.DemoUsers;
import com.studyhall.StudyhallIntegrationTest;
import com.studyhall.catalog.CourseRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Bundles and GIFT files whose fields are too long, or of the wrong kind, are refused in words, never with a 500. */
@StudyhallIntegrationTest
class ImportLimitsTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    CourseRepository courses;

    @Test
    void aBundleWithA161CharacterTitleOrALongFlashcardNamesTheFieldAndImportsNothing() throws Exception {
        MockHttpSession ines = DemoUsers.INSTRUCTOR.logIn(mvc);
        ObjectNode bundle = export(ines);
        bundle.put("slug", "too-long-title");
        bundle.put("title", "T".repeat(161));
        assertThat(importNotice(ines, json.writeValueAsBytes(bundle)))
                .isEqualTo("Nothing was imported: course title is longer than 160 characters (it has 161)");

        ObjectNode card = export(ines);
        card.put("slug", "too-long-card");
        ((ObjectNode) card.get("sections").get(1).get("flashcards").get(0)).put("back", "b".repeat(4001));
        assertThat(importNotice(ines, json.writeValueAsBytes(card)))
                .isEqualTo("Nothing was imported: section 2, flashcard 1 back is longer than 4,000 characters (it has 4,001)");
        assertThat(courses.existsBySlug("too-long-title") || courses.existsBySlug("too-long-card")).isFalse();
    }

    @Test
    void aBundleValueOfTheWrongKindIsNamedInWordsWithItsLine() throws Exception {
        MockHttpSession ines = DemoUsers.INSTRUCTOR.logIn(mvc);
        ObjectNode bundle = export(ines);
        bundle.put("slug", "wrong-kind");
        ((ObjectNode) bundle.get("sections").get(0).get("test").get("questions").get(1)).put("type", "DIAGRAM");
        String notice = importNotice(ines, json.writerWithDefaultPrettyPrinter().writeValueAsBytes(bundle));
        assertThat(notice).startsWith("Nothing was imported: section 1, test, question 2, type: this value cannot be read")
                .containsPattern("\\(line \\d+\\)$").doesNotContain("Cannot", "deserialize", "tools.jackson", "enum");
    }

    @Test
    void aGiftQuestionWithAn8100CharacterPromptIsReportedWithItsLine() throws Exception {
        MockHttpSession ines = DemoUsers.INSTRUCTOR.logIn(mvc);
        String section = "/studio/courses/typography-for-interfaces/sections/type-scale-spacing-and-readability";
        String gift = "Fine question {T}\n\n" + "P".repeat(8100) + " {T}\n";
        String page = mvc.perform(post(section + "/questions/import").session(ines).with(csrf()).param("text", gift))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Nothing was imported", "line 3 prompt is longer than 8,000 characters (it has 8,100)");
    }

    private ObjectNode export(MockHttpSession session) throws Exception {
        return (ObjectNode) json.readTree(mvc.perform(get("/studio/courses/typography-for-interfaces/export").session(session))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private String importNotice(MockHttpSession session, byte[] bundle) throws Exception {
        return String.valueOf(mvc.perform(multipart("/studio/import").file(new MockMultipartFile("file", "b.json",
                        "application/json", bundle)).session(session).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getFlashMap().get("notice"));
    }
}
