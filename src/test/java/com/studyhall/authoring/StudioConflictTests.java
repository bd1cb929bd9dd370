package com.studyhall.authoring;

import com.studyhall.DemoUsers;
import com.studyhall.StudyhallIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Two editors change the same thing: the second sees both versions, merges, and nothing is lost. */
@StudyhallIntegrationTest
@Import(StudioFixtures.class)
class StudioConflictTests {

    static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");
    static final String TS = "/studio/courses/typography-for-interfaces/sections/type-scale-spacing-and-readability";

    @Autowired
    MockMvc mvc;

    @Autowired
    StudioFixtures fixtures;

    @Test
    void secondEditorSeesBothVersionsMergesAndNothingIsLost() throws Exception {
        MockHttpSession ines = DemoUsers.INSTRUCTOR.logIn(mvc);
        MockHttpSession ada = DemoUsers.ADMIN.logIn(mvc);
        long card = fixtures.firstFlashcard("typography-for-interfaces", "type-scale-spacing-and-readability");
        String url = TS + "/flashcards/" + card;
        String inesVersion = version(page(url, ines));
        String adaVersion = version(page(url, ada));
        assertThat(inesVersion).isEqualTo(adaVersion);

        mvc.perform(post(url).session(ines).with(csrf()).param("version", inesVersion)
                        .param("values[front]", "What sets the rhythm of a page?").param("values[back]", "Back written by Ines"))
                .andExpect(status().is3xxRedirection());

        String conflict = mvc.perform(post(url).session(ada).with(csrf()).param("version", adaVersion)
                        .param("values[front]", "What sets the rhythm of a page?").param("values[back]", "Back written by Ada"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(conflict).contains("Someone else saved a newer version", "Back written by Ines", "Back written by Ada");
        String current = version(conflict);
        assertThat(Long.parseLong(current)).isGreaterThan(Long.parseLong(adaVersion));
        assertThat(page(url, ines)).contains("Back written by Ines").doesNotContain("Back written by Ada");

        mvc.perform(post(url).session(ada).with(csrf()).param("version", current)
                        .param("values[front]", "What sets the rhythm of a page?")
                        .param("values[back]", "Back written by Ines, merged with Ada"))
                .andExpect(status().is3xxRedirection());
        assertThat(page(url, ines)).contains("Back written by Ines, merged with Ada");
    }

    @Test
    void aStaleFormThatChangesNothingTheOtherEditorWroteIsNoConflict() throws Exception {
        MockHttpSession ines = DemoUsers.INSTRUCTOR.logIn(mvc);
        long card = fixtures.firstFlashcard("typography-for-interfaces", "choosing-and-pairing-typefaces");
        String url = "/studio/courses/typography-for-interfaces/sections/choosing-and-pairing-typefaces/flashcards/" + card;
        String form = page(url, ines);
        String stale = version(form);
        mvc.perform(post(url + "/move").session(ines).with(csrf()).param("up", "false"));
        String front = textarea(form, "front");
        String back = textarea(form, "back");
        mvc.perform(post(url).session(ines).with(csrf()).param("version", stale)
                        .param("values[front]", front).param("values[back]", back))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void courseDetailsConflictShowsBothDescriptions() throws Exception {
        MockHttpSession ines = DemoUsers.INSTRUCTOR.logIn(mvc);
        MockHttpSession ada = DemoUsers.ADMIN.logIn(mvc);
        mvc.perform(post("/studio/courses").session(ines).with(csrf()).param("title", "Conflict Course")
                .param("slug", "conflict-course").param("category", "Technology").param("level", "BEGINNER")
                .param("description", "First description"));
        String url = "/studio/courses/conflict-course";
        String version = version(page(url, ada));
        mvc.perform(post(url).session(ines).with(csrf()).param("version", version).param("title", "Conflict Course")
                        .param("slug", "conflict-course").param("category", "Technology").param("level", "BEGINNER")
                        .param("description", "Description by Ines"))
                .andExpect(status().is3xxRedirection());
        String conflict = mvc.perform(post(url).session(ada).with(csrf()).param("version", version)
                        .param("title", "Conflict Course").param("slug", "conflict-course").param("category", "Technology")
                        .param("level", "BEGINNER").param("description", "Description by Ada"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(conflict).contains("Description by Ines", "Description by Ada");
        assertThat(page(url, ada)).contains("Description by Ines");
    }

    private String page(String url, MockHttpSession session) throws Exception {
        return mvc.perform(get(url).session(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private static String version(String html) {
        Matcher m = VERSION.matcher(html);
        assertThat(m.find()).as("a version field").isTrue();
        return m.group(1);
    }

    private static String textarea(String html, String id) {
        Matcher m = Pattern.compile("<textarea[^>]*id=\"" + id + "\"[^>]*>([\\s\\S]*?)</textarea>").matcher(html);
        assertThat(m.find()).isTrue();
        return org.springframework.web.util.HtmlUtils.htmlUnescape(m.group(1)).replaceFirst("^\n", "");
    }
}
