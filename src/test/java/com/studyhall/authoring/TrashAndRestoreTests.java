package com.studyhall.authoring;

import com.studyhall.DemoUsers;
import com.studyhall.StudyhallIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Deleting moves content to the course's trash; a restore brings it back where it was, with the
 * learner's progress untouched; purging needs a confirm step and never deletes a learner's records.
 */
@StudyhallIntegrationTest
class TrashAndRestoreTests {

    static final Pattern ENTRY = Pattern.compile("/studio/trash/(\\d+)/restore");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StudioTrash trash;

    @Autowired
    StudioFixtures fixtures;

    MockHttpSession ines;
    MockHttpSession ada;
    MockHttpSession lea;
    String slug;
    String studio;

    @BeforeEach
    void publishedCourseWithTwoSections() throws Exception {
        ines = DemoUsers.INSTRUCTOR.logIn(mvc);
        ada = DemoUsers.ADMIN.logIn(mvc);
        lea = DemoUsers.LEARNER.logIn(mvc);
        slug = "trash-" + UUID.randomUUID().toString().substring(0, 8);
        studio = "/studio/courses/" + slug;
        ok(post("/studio/courses").session(ines).with(csrf()).param("title", "Trash course " + slug).param("slug", slug)
                .param("category", "Technology").param("level", "BEGINNER").param("tagline", "Nothing lost.")
                .param("description", "Trash and restore."));
        for (String section : List.of("first", "second")) {
            ok(post(studio + "/sections").session(ines).with(csrf()).param("title", "Section " + section)
                    .param("slug", section).param("overview", "Here."));
            ok(post(studio + "/sections/" + section + "/publish").session(ines).with(csrf()).param("published", "true"));
        }
        for (String card : List.of("Card A", "Card B", "Card C")) {
            ok(post(studio + "/sections/first/flashcards").session(ines).with(csrf())
                    .param("values[front]", card).param("values[back]", card + " back"));
        }
        ok(post(studio + "/sections/first/chapters").session(ines).with(csrf()).param("values[title]", "Chapter one")
                .param("values[keyStatement]", "Key.").param("values[explanation]", "Explained.").param("values[analogy]", "Like."));
        ok(post(studio + "/publish").session(ines).with(csrf()));
        ok(post("/courses/" + slug + "/enrollment").session(lea).with(csrf()));
    }

    @Test
    void aDeletedFlashcardWaitsInTheTrashAndComesBackInItsPlace() throws Exception {
        long cardB = id("select id from flashcard where front = 'Card B' and section_id = " + sectionId("first"));
        ok(post(studio + "/sections/first/flashcards/" + cardB + "/delete").session(ines).with(csrf()));

        assertThat(page("/courses/" + slug + "/first", lea)).contains("Card A", "Card C").doesNotContain("Card B");
        assertThat(page(studio + "/sections/first", ines)).doesNotContain("Card B");
        String trashPage = page(studio + "/trash", ines);
        assertThat(trashPage).contains("Card B", "Section first", "Ines", "<td>30</td>");

        ok(post("/studio/trash/" + entryId(trashPage) + "/restore").session(ada).with(csrf()));

        assertThat(jdbc.queryForList("select front from flashcard where section_id = ? and trashed_at is null order by position",
                String.class, sectionId("first"))).containsExactly("Card A", "Card B", "Card C");
        assertThat(page(studio + "/trash", ines)).contains("The trash is empty.");
        assertThat(page(studio + "/history", ines)).contains("restored", "Restored flashcard “Card B” from the trash");
    }

    @Test
    void aDeletedSectionKeepsTheLearnersProgressAndRestoresWithEverythingInIt() throws Exception {
        long chapter = id("select id from audiobook_chapter where section_id = " + sectionId("first"));
        ok(post("/courses/" + slug + "/first/chapters/" + chapter + "/read").session(lea).with(csrf()));
        ok(post(studio + "/sections/first/delete").session(ines).with(csrf()));

        mvc.perform(get("/courses/" + slug + "/first").session(lea)).andExpect(status().isNotFound());
        String my = page("/my", lea);
        assertThat(my).contains("Section first</strong> is no longer available", "Section second");
        assertThat(page(studio, ines)).doesNotContain("Section first");

        String trashPage = page(studio + "/trash", ines);
        long entry = entryId(trashPage);
        String confirm = page("/studio/trash/" + entry + "/purge", ines);
        assertThat(confirm).contains("Delete for good?", "section “Section first”");
        String refused = mvc.perform(post("/studio/trash/" + entry + "/purge").session(ines).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getFlashMap().get("notice").toString();
        assertThat(refused).contains("stays in the trash");

        ok(post("/studio/trash/" + entry + "/restore").session(ines).with(csrf()));
        String restored = page("/courses/" + slug + "/first", lea);
        assertThat(restored).contains("Chapter one", "Card A", "Card B", "Card C");
        assertThat(jdbc.queryForObject("select count(*) from study_mark m join app_user u on u.id = m.user_id "
                + "where u.email = 'learner@example.com' and m.item_id = ?", Integer.class, chapter)).isEqualTo(1);
        assertThat(jdbc.queryForList("select slug from section where course_id = (select id from course where slug = ?) "
                + "and trashed_at is null order by position", String.class, slug)).containsExactly("first", "second");
    }

    @Test
    void aDeletedCourseIsNoLongerAvailableOnMyLearningUntilRestored() throws Exception {
        ok(post(studio + "/delete").session(ines).with(csrf()));

        String my = page("/my", lea);
        assertThat(my).contains("Trash course " + slug, "No longer available").doesNotContain("href=\"/courses/" + slug + "\"");
        mvc.perform(get("/courses/" + slug).session(ines)).andExpect(status().isNotFound());
        mvc.perform(get(studio).session(ines)).andExpect(status().isNotFound());
        assertThat(page("/studio", ines)).doesNotContain("Trash course " + slug);

        String deleted = page("/studio/trash", ines);
        assertThat(deleted).contains("Trash course " + slug);
        mvc.perform(get("/studio/trash").session(lea)).andExpect(status().isForbidden());
        ok(post("/studio/trash/" + entryId(deleted) + "/restore").session(ines).with(csrf()));

        assertThat(page("/my", lea)).contains("href=\"/courses/" + slug + "\"").doesNotContain("No longer available");
        assertThat(page("/", lea)).contains("Trash course " + slug);
    }

    @Test
    void theRetentionSweepPurgesOldItemsButKeepsSectionsLearnersStudied() throws Exception {
        long chapter = id("select id from audiobook_chapter where section_id = " + sectionId("first"));
        ok(post("/courses/" + slug + "/first/chapters/" + chapter + "/read").session(lea).with(csrf()));
        long cardA = id("select id from flashcard where front = 'Card A' and section_id = " + sectionId("first"));
        ok(post(studio + "/sections/first/flashcards/" + cardA + "/delete").session(ines).with(csrf()));
        ok(post(studio + "/sections/first/delete").session(ines).with(csrf()));
        jdbc.update("update trash_entry set trashed_at = ? where course_id = (select id from course where slug = ?)",
                Timestamp.from(Instant.now().minus(31, ChronoUnit.DAYS)), slug);

        trash.purgeExpired();

        assertThat(jdbc.queryForObject("select count(*) from flashcard where id = ?", Integer.class, cardA)).isZero();
        assertThat(page(studio + "/trash", ines)).contains("Section first").doesNotContain("Card A");
        assertThat(jdbc.queryForObject("select count(*) from study_mark where item_id = ?", Integer.class, chapter)).isEqualTo(1);
    }

    @Test
    void anotherInstructorCannotSeeOrRestoreTheTrash() throws Exception {
        ok(post(studio + "/sections/second/delete").session(ines).with(csrf()));
        long entry = entryId(page(studio + "/trash", ines));
        var otto = fixtures.otherInstructor(mvc);
        mvc.perform(get(studio + "/trash").session(otto)).andExpect(status().isNotFound());
        mvc.perform(post("/studio/trash/" + entry + "/restore").session(otto).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get("/studio/trash/" + entry + "/purge").session(otto)).andExpect(status().isNotFound());
    }

    private long sectionId(String section) {
        return id("select s.id from section s join course c on c.id = s.course_id where c.slug = '" + slug
                + "' and s.slug = '" + section + "'");
    }

    private long id(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    private static long entryId(String page) {
        Matcher matcher = ENTRY.matcher(page);
        assertThat(matcher.find()).as("a restore button on the page").isTrue();
        return Long.parseLong(matcher.group(1));
    }

    private String page(String path, MockHttpSession session) throws Exception {
        return mvc.perform(get(path).session(session)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private void ok(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) throws Exception {
        int status = mvc.perform(request).andReturn().getResponse().getStatus();
        assertThat(status).as("status").isBetween(200, 399);
    }
}
