package com.studyhall.authoring;

import com.studyhall.DemoUsers;
import com.studyhall.StudyhallIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A predict-the-output program is run by the engine when it is saved: refused in the engine's words, or shown with its output. */
@StudyhallIntegrationTest
class PredictOutputSaveTests {

    @Autowired
    MockMvc mvc;

    @Test
    void aProgramTheEngineRefusesIsNotSavedAndAnAcceptedOneShowsItsComputedOutput() throws Exception {
        MockHttpSession ines = DemoUsers.INSTRUCTOR.logIn(mvc);
        String slug = "predict-" + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(post("/studio/courses").session(ines).with(csrf()).param("title", "Predict " + slug)
                .param("slug", slug).param("category", "Technology").param("level", "BEGINNER")
                .param("tagline", "Run at save.").param("description", "Programs.")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/studio/courses/" + slug + "/sections").session(ines).with(csrf())
                .param("title", "Programs").param("slug", "programs").param("overview", "Run.")).andExpect(status().is3xxRedirection());
        String section = "/studio/courses/" + slug + "/sections/programs";

        String refused = mvc.perform(post(section + "/questions").session(ines).with(csrf()).param("type", "PREDICT_OUTPUT")
                        .param("prompt", "What does it print?").param("explanation", "It never ends.").param("points", "1")
                        .param("code", "while True:\n    pass\n"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("The memory lab engine cannot answer this program, so the question was not saved:")
                .contains("while True:");
        assertThat(mvc.perform(get(section).session(ines)).andReturn().getResponse().getContentAsString())
                .doesNotContain("What does it print?");

        mvc.perform(post(section + "/questions").session(ines).with(csrf()).param("type", "PREDICT_OUTPUT")
                        .param("prompt", "And this one?").param("explanation", "Two lines.").param("points", "1")
                        .param("code", "a = [1]\nb = a\nprint(a is b)\nprint(len(a) + 41)\n"))
                .andExpect(status().is3xxRedirection());
        Matcher id = Pattern.compile("/questions/(\\d+)\"").matcher(
                mvc.perform(get(section).session(ines)).andReturn().getResponse().getContentAsString());
        assertThat(id.find()).isTrue();
        String form = mvc.perform(get(section + "/questions/" + id.group(1)).session(ines))
                .andReturn().getResponse().getContentAsString();
        assertThat(form).contains("Expected output, as the engine computed it").contains("True\n42");
    }
}
