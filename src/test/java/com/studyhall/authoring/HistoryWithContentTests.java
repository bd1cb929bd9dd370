package com.studyhall.authoring;

import com.studyhall.DemoUsers;
import com.studyhall.StudyhallIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
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

/** Every change keeps its content: the history shows word-level diffs and restores any version as a new change. */
@StudyhallIntegrationTest
class HistoryWithContentTests {

    static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");
    static final Pattern BASE = Pattern.compile("name=\"base\" value=\"([^\"]*)\"");
    static final Pattern RESTORING = Pattern.compile("name=\"restoring\" value=\"(\\d+)\"");
    static final Pattern RESTORE_LINK = Pattern.compile("href=\"([^\"]*\\?restore=\\d+)\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    MockHttpSession ines;
    MockHttpSession ada;
    String slug;
    String section;
    long cardId;

    @BeforeEach
    void aFlashcardEditedOnce() throws Exception {
        ines = DemoUsers.INSTRUCTOR.logIn(mvc);
        ada = DemoUsers.ADMIN.logIn(mvc);
        slug = "history-" + UUID.randomUUID().toString().substring(0, 8);
        section = StudioFixtures.courseWithOneSection(mvc, ines, slug, "History course");
        redirect(post(section + "/flashcards").session(ines).with(csrf())
                .param("values[front]", "The quick brown fox").param("values[back]", "First back"));
        cardId = jdbc.queryForObject("select max(id) from flashcard", Long.class);
        save(ines, "The quick red fox", "Second back");
    }

    @Test
    void theItemHistoryShowsAWordLevelDiffOfEachChangedField() throws Exception {
        String history = page(historyUrl(), ines);
        assertThat(history).contains("<dt>Front</dt>", "<span>The quick </span><del>brown</del><ins>red</ins><span> fox</span>",
                "<del>First</del><ins>Second</ins><span> back</span>", "Restore this version");
    }

    @Test
    void restoringAVersionIsANewChangeAndKeepsEveryVersion() throws Exception {
        String form = page(restoreLink(page(historyUrl(), ines)), ines);
        assertThat(form).contains("This form holds an earlier version", "The quick brown fox", "First back");

        redirect(post(section + "/flashcards/" + cardId).session(ines).with(csrf()).param("version", group(VERSION, form))
                .param("base", group(BASE, form)).param("restoring", group(RESTORING, form))
                .param("values[front]", "The quick brown fox").param("values[back]", "First back"));

        assertThat(jdbc.queryForObject("select front from flashcard where id = ?", String.class, cardId))
                .isEqualTo("The quick brown fox");
        String history = page(historyUrl(), ines);
        assertThat(history).contains("Restored an earlier version of flashcard", "<del>red</del><ins>brown</ins>",
                "<del>brown</del><ins>red</ins>");
        assertThat(jdbc.queryForObject("select count(*) from studio_change where entity_type = 'flashcard' and entity_id = ?",
                Integer.class, cardId)).isEqualTo(3);
    }

    @Test
    void restoringOverSomeoneElsesNewerEditGoesThroughTheMerge() throws Exception {
        String form = page(restoreLink(page(historyUrl(), ines)), ines);
        save(ada, "The quick red fox", "Ada's back");

        String conflict = mvc.perform(post(section + "/flashcards/" + cardId).session(ines).with(csrf())
                        .param("version", group(VERSION, form)).param("base", group(BASE, form))
                        .param("restoring", group(RESTORING, form))
                        .param("values[front]", "The quick brown fox").param("values[back]", "First back"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();

        assertThat(conflict).contains("Ada", "Back", "Ada&#39;s back").doesNotContain("<th scope=\"row\">Front</th>");
        assertThat(jdbc.queryForObject("select back from flashcard where id = ?", String.class, cardId)).isEqualTo("Ada's back");
    }

    @Test
    void sectionAndCourseDetailsKeepTheirVersionsToo() throws Exception {
        String sectionForm = page(section, ines);
        redirect(post(section).session(ines).with(csrf()).param("version", group(VERSION, sectionForm))
                .param("base", group(BASE, sectionForm)).param("title", "Only, renamed").param("slug", "only")
                .param("overview", "Here and now."));
        long sectionId = jdbc.queryForObject("select s.id from section s join course c on c.id = s.course_id where c.slug = ?",
                Long.class, slug);
        String history = page("/studio/courses/" + slug + "/history?type=Section&id=" + sectionId, ines);
        assertThat(history).contains("<span>Only</span><ins>, renamed</ins>", "<span>Here</span><ins> and now</ins>");
        String restoreForm = page(restoreLink(history), ines);
        assertThat(restoreForm).contains("value=\"Only\"", "This form holds an earlier version");
    }

    @Test
    void aPublishedCourseComparesWithItsLastPublishedState() throws Exception {
        assertThat(page("/studio/courses/" + slug + "/compare", ines)).contains("has not been published");
        redirect(post(section + "/publish").session(ines).with(csrf()).param("published", "true"));
        redirect(post("/studio/courses/" + slug + "/publish").session(ines).with(csrf()));
        assertThat(page("/studio/courses/" + slug + "/compare", ines)).contains("Nothing changed since it was last published.");

        save(ines, "The quick green fox", "Second back");

        String compare = page("/studio/courses/" + slug + "/compare", ines);
        assertThat(compare).contains("<dt>Section Only</dt>", "flashcard: The quick </span><del>red</del><ins>green</ins>");
    }

    @Test
    void aChangeOfAnotherCourseCannotBeRestoredHere() throws Exception {
        long change = jdbc.queryForObject("select max(id) from studio_change where entity_type = 'flashcard' and entity_id = ?",
                Long.class, cardId);
        mvc.perform(get(section + "/flashcards/" + cardId + "?restore=" + (change + 100000)).session(ines))
                .andExpect(status().isNotFound());
        mvc.perform(get("/studio/courses/" + slug + "?restore=" + change).session(ines)).andExpect(status().isNotFound());
    }

    private void save(MockHttpSession who, String front, String back) throws Exception {
        String form = page(section + "/flashcards/" + cardId, who);
        redirect(post(section + "/flashcards/" + cardId).session(who).with(csrf()).param("version", group(VERSION, form))
                .param("base", group(BASE, form)).param("values[front]", front).param("values[back]", back));
    }

    private String historyUrl() {
        return "/studio/courses/" + slug + "/history?type=flashcard&id=" + cardId;
    }

    static String restoreLink(String history) {
        return group(RESTORE_LINK, history).replace("&amp;", "&");
    }

    static String group(Pattern pattern, String page) {
        Matcher matcher = pattern.matcher(page);
        assertThat(matcher.find()).as(pattern.pattern()).isTrue();
        return matcher.group(1);
    }

    private String page(String path, MockHttpSession session) throws Exception {
        return mvc.perform(get(path).session(session)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private void redirect(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) throws Exception {
        mvc.perform(request).andExpect(status().is3xxRedirection());
    }
}
