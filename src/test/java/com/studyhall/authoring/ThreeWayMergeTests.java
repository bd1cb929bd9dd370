package com.studyhall.authoring;

import com.studyhall.DemoUsers;
import com.studyhall.StudyhallIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Two editors save the same form from the same starting point. Fields only one of them changed
 * merge silently; fields both changed come back as a conflict naming the other editor, and saving
 * the conflict page as it stands keeps every field the other editor wrote.
 */
@StudyhallIntegrationTest
class ThreeWayMergeTests {

    @Autowired
    MockMvc mvc;

    MockHttpSession ines;
    MockHttpSession ada;
    String course;
    String section;

    @BeforeEach
    void courseWithASection() throws Exception {
        ines = DemoUsers.INSTRUCTOR.logIn(mvc);
        ada = DemoUsers.ADMIN.logIn(mvc);
        String slug = "merge-" + UUID.randomUUID().toString().substring(0, 8);
        course = "/studio/courses/" + slug;
        mvc.perform(post("/studio/courses").session(ines).with(csrf()).param("title", "Merging " + slug)
                .param("slug", slug).param("category", "Technology").param("level", "BEGINNER")
                .param("tagline", "Both kept.").param("description", "Three-way merges.")).andExpect(status().is3xxRedirection());
        mvc.perform(post(course + "/sections").session(ines).with(csrf())
                .param("title", "Title at start").param("slug", "merged").param("overview", "Overview at start"))
                .andExpect(status().is3xxRedirection());
        section = course + "/sections/merged";
    }

    @Test
    void differentFieldsOfASectionMergeWithoutAConflict() throws Exception {
        String inesForm = page(section, ines);
        String adaForm = page(section, ada);

        saveSection(ines, inesForm, "Title by Ines", "Overview at start").andExpect(status().is3xxRedirection());
        saveSection(ada, adaForm, "Title at start", "Overview by Ada").andExpect(status().is3xxRedirection());

        String now = page(section, ines);
        assertThat(inputValue(now, "title")).isEqualTo("Title by Ines");
        assertThat(textarea(now, "overview")).isEqualTo("Overview by Ada");
    }

    @Test
    void theConflictPageShowsOnlyFieldsBothChangedAndItsSaveKeepsTheOtherEditorsFields() throws Exception {
        String inesForm = page(section, ines);
        String adaForm = page(section, ada);
        saveSection(ines, inesForm, "Title by Ines", "Overview by Ines").andExpect(status().is3xxRedirection());

        String conflict = mvc.perform(sectionPost(ada, adaForm, "Title by Ada", "Overview at start"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        String table = conflict.substring(conflict.indexOf("<table"), conflict.indexOf("</table>"));
        assertThat(table).contains("Title", "Title by Ines", "Title by Ada").doesNotContain("Overview");
        assertThat(conflict).contains("Saved by Ines Instructor at ");
        assertThat(inputValue(conflict, "title")).as("the form keeps Ada's text where both changed").isEqualTo("Title by Ada");
        assertThat(textarea(conflict, "overview")).as("and takes Ines's where only she did").isEqualTo("Overview by Ines");

        saveSection(ada, conflict, inputValue(conflict, "title"), textarea(conflict, "overview"))
                .andExpect(status().is3xxRedirection());
        String now = page(section, ines);
        assertThat(inputValue(now, "title")).isEqualTo("Title by Ada");
        assertThat(textarea(now, "overview")).as("Ines's overview is not reverted").isEqualTo("Overview by Ines");
    }

    @Test
    void aQuestionsOptionsAndPromptChangedByTwoEditorsMerge() throws Exception {
        mvc.perform(post(section + "/questions").session(ines).with(csrf()).param("type", "SINGLE_CHOICE")
                .param("prompt", "Prompt at start").param("explanation", "Why at start").param("points", "1")
                .param("options[0].text", "Right").param("options[0].correct", "true")
                .param("options[1].text", "Wrong")).andExpect(status().is3xxRedirection());
        Matcher id = Pattern.compile("/questions/(\\d+)\"").matcher(page(section, ines));
        assertThat(id.find()).isTrue();
        String url = section + "/questions/" + id.group(1);
        String inesForm = page(url, ines);
        String adaForm = page(url, ada);

        mvc.perform(question(ines, url, inesForm, "Prompt by Ines", "Why at start", "Wrong, but tempting"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(question(ada, url, adaForm, "Prompt at start", "Why by Ada", "Wrong"))
                .andExpect(status().is3xxRedirection());

        String now = page(url, ines);
        assertThat(textarea(now, "prompt")).isEqualTo("Prompt by Ines");
        assertThat(textarea(now, "explanation")).isEqualTo("Why by Ada");
        assertThat(now).contains("value=\"Wrong, but tempting\"");
    }

    private org.springframework.test.web.servlet.ResultActions saveSection(MockHttpSession who, String form, String title,
                                                                          String overview) throws Exception {
        return mvc.perform(sectionPost(who, form, title, overview));
    }

    private MockHttpServletRequestBuilder sectionPost(MockHttpSession who, String form, String title, String overview) {
        return post(section).session(who).with(csrf()).param("version", inputValue(form, "version"))
                .param("base", inputValue(form, "base")).param("slug", "merged").param("title", title)
                .param("overview", overview);
    }

    private MockHttpServletRequestBuilder question(MockHttpSession who, String url, String form, String prompt,
                                                   String explanation, String wrong) {
        return post(url).session(who).with(csrf()).param("version", inputValue(form, "version"))
                .param("base", inputValue(form, "base")).param("type", "SINGLE_CHOICE").param("prompt", prompt)
                .param("explanation", explanation).param("points", "1")
                .param("options[0].text", "Right").param("options[0].correct", "true").param("options[1].text", wrong);
    }

    private String page(String url, MockHttpSession session) throws Exception {
        return mvc.perform(get(url).session(session)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    /** The value of the input named so (the first, so a section page's own form must come first or alone). */
    private static String inputValue(String html, String name) {
        Matcher m = Pattern.compile("<input[^>]*name=\"" + Pattern.quote(name) + "\"[^>]*value=\"([^\"]*)\"").matcher(html);
        assertThat(m.find()).as("an input " + name).isTrue();
        return HtmlUtils.htmlUnescape(m.group(1));
    }

    private static String textarea(String html, String id) {
        Matcher m = Pattern.compile("<textarea[^>]*id=\"" + id + "\"[^>]*>([\\s\\S]*?)</textarea>").matcher(html);
        assertThat(m.find()).as("a textarea " + id).isTrue();
        return HtmlUtils.htmlUnescape(m.group(1)).replaceFirst("^\n", "");
    }
}
