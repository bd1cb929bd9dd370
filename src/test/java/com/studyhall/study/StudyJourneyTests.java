package com.studyhall.study;

import com.studyhall.catalog.CourseContentChanged;
import com.studyhall.DemoUsers;
import com.studyhall.StudyhallIntegrationTest;
import com.studyhall.storage.FileStore;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import java.io.ByteArrayInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A learner of their own (the demo learners stay untouched) studies sections and reviews cards. */
@StudyhallIntegrationTest
class StudyJourneyTests {

    static final String PMM = "/courses/python-memory-management";
    static final String SECTION = PMM + "/reference-counting-and-garbage-collection";
    static final String TYPO = "/courses/typography-for-interfaces";
    static final String TYPO_SECTION = TYPO + "/choosing-and-pairing-typefaces";

    @Autowired
    org.springframework.context.ApplicationEventPublisher events;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    FileStore files;

    @Autowired
    SectionStudyService sections;

    @Test
    void anOpenSectionCountsItsFormatsAsTheLockedViewDoes() {
        long owner = jdbc.queryForObject("select owner_id from course where slug = 'python-memory-management'", Long.class);
        var open = sections.page("python-memory-management", "reference-counting-and-garbage-collection",
                new com.studyhall.catalog.Viewer(owner, true, false));
        var locked = sections.page("python-memory-management", "reference-counting-and-garbage-collection",
                com.studyhall.catalog.Viewer.ANONYMOUS);

        assertThat(open.unlocked()).isTrue();
        assertThat(locked.unlocked()).isFalse();
        assertThat(open.counts()).isEqualTo(locked.counts());
        assertThat(open.counts().flashcards()).isEqualTo(13);
        assertThat(open.counts().questions()).isPositive();
    }

    @Test
    void markingPartsSummaryAndChaptersRaisesProgressOnTheSectionCourseAndMyLearning() throws Exception {
        var session = newLearnerIn(PMM);
        long part = id("select min(lp.id) from lesson_part lp join section s on s.id = lp.section_id where s.slug = ?");
        long chapter = id("select min(c.id) from audiobook_chapter c join section s on s.id = c.section_id where s.slug = ?");
        mvc.perform(get(SECTION).session(session))
                .andExpect(content().string(allOf(containsString("0 of 3</span> lesson parts done"),
                        containsString("Mock test: no attempt yet"), containsString("Mark as done"))));

        mvc.perform(post(SECTION + "/parts/" + part + "/done").session(session).with(csrf()))
                .andExpect(status().isSeeOther()).andExpect(redirectedUrl(SECTION + "#part-" + part));
        mvc.perform(post(SECTION + "/summary/read").session(session).with(csrf()).header("X-Requested-With", "fetch"))
                .andExpect(status().isNoContent());
        mvc.perform(post(SECTION + "/chapters/" + chapter + "/read").session(session).with(csrf()))
                .andExpect(status().isSeeOther());

        mvc.perform(get(SECTION).session(session)).andExpect(content().string(allOf(
                containsString("1 of 3</span> lesson parts done"), containsString("Summary read"),
                containsString("1 of "), containsString("✓ Done"), containsString("✓ Read"))));
        mvc.perform(get(PMM).session(session)).andExpect(content().string(containsString("of the course done")));
        mvc.perform(get("/my").session(session)).andExpect(content().string(allOf(
                containsString("Python Memory Management"), containsString("no attempt yet"),
                not(containsString("0% done")))));

        mvc.perform(post(SECTION + "/parts/" + part + "/done").param("done", "false").session(session).with(csrf()));
        mvc.perform(get(SECTION).session(session)).andExpect(content().string(containsString("0 of 3</span> lesson parts done")));
    }

    @Test
    void myLearningAndTheCoursePageSayWhereToContinue() throws Exception {
        var session = newLearnerIn(PMM);
        String first = jdbc.queryForObject("""
                select s.title from section s join course c on c.id = s.course_id
                where c.slug = 'python-memory-management' and s.published order by s.position limit 1""", String.class);
        String studied = jdbc.queryForObject("select title from section where id = (select min(id) from section where slug = ?)", String.class,
                "reference-counting-and-garbage-collection");
        assertThat(studied).isNotEqualTo(first);
        mvc.perform(get("/my").session(session)).andExpect(content().string(allOf(
                containsString("Start with"), containsString(first))));

        long part = id("select min(lp.id) from lesson_part lp join section s on s.id = lp.section_id where s.slug = ?");
        mvc.perform(post(SECTION + "/parts/" + part + "/done").session(session).with(csrf()));

        for (String page : new String[] {"/my", PMM}) {
            String html = mvc.perform(get(page).session(session)).andReturn().getResponse().getContentAsString();
            assertThat(html).contains("Continue where you left off:").contains("href=\"" + SECTION + "\"")
                    .doesNotContain("Start with");
        }
    }

    @Test
    void summaryLevelIsRememberedForTheLearnerOnly() throws Exception {
        var session = newLearnerIn(PMM);
        mvc.perform(post(SECTION + "/summary-level").param("level", "detailed").session(session).with(csrf()))
                .andExpect(redirectedUrl(SECTION + "#summary"));
        mvc.perform(get(SECTION).session(session)).andExpect(content().string(allOf(
                containsString("data-summary-level=\"detailed\">"), containsString("data-summary-level=\"basic\" hidden"))));
        mvc.perform(get(SECTION).session(newLearnerIn(PMM))).andExpect(content().string(allOf(
                containsString("data-summary-level=\"medium\">"), containsString("data-summary-level=\"detailed\" hidden"))));
        mvc.perform(post(SECTION + "/summary-level").param("level", "huge").session(session).with(csrf()))
                .andExpect(status().isBadRequest());
    }

    @Test
    void reviewShowsTheNextIntervalOnEachGradeAndReschedulesTheCard() throws Exception {
        var session = newLearnerIn(PMM);
        String page = mvc.perform(get("/review").session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("1m", "6m", "10m", "8d", "<strong>0</strong> due", "<strong>20</strong> new today");
        String card = page.replaceAll("(?s).*action=\"/review/([a-z]+-\\d+)\".*", "$1");

        mvc.perform(post("/review/" + card).param("grade", "3").param("reps", "0").session(session).with(csrf()))
                .andExpect(redirectedUrl("/review"));
        // The same answer sent twice counts once.
        mvc.perform(post("/review/" + card).param("grade", "1").param("reps", "0").session(session).with(csrf()));
        CardRef ref = CardRef.parse(card).orElseThrow();
        assertThat(jdbc.queryForObject("select reps from card_schedule where card_kind = ? and item_id = ? and user_id ="
                + " (select max(id) from app_user)", Integer.class, ref.kind().name(), ref.itemId())).isEqualTo(1);

        mvc.perform(get("/review").session(session))
                .andExpect(content().string(allOf(containsString("<strong>19</strong> new today"),
                        not(containsString("action=\"/review/" + card + "\"")))));
        mvc.perform(get("/my").session(session)).andExpect(content().string(containsString("cards to review")));
    }

    @Test
    void crammingShowsEveryCardOfTheSectionAndLeavesTheScheduleAlone() throws Exception {
        var session = newLearnerIn(PMM);
        String before = queueOf(session);
        String cram = mvc.perform(get(SECTION + "/cram").session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        int cards = jdbc.queryForObject("select (select count(*) from flashcard f join section s on s.id = f.section_id where s.slug = ?)"
                + " + (select count(*) from glossary_term g join section s on s.id = g.section_id where s.slug = ?)",
                Integer.class, "reference-counting-and-garbage-collection", "reference-counting-and-garbage-collection");
        assertThat(cram.split("data-cram-card", -1)).hasSize(cards + 1);
        assertThat(cram).contains("Glossary", "never changes your");
        assertThat(queueOf(session)).isEqualTo(before);
    }

    @Test
    void everyStudyActionNeedsTheCsrfToken() throws Exception {
        var session = newLearnerIn(PMM);
        mvc.perform(post(SECTION + "/summary-level").param("level", "basic").session(session)).andExpect(status().isForbidden());
        mvc.perform(post(SECTION + "/summary/read").session(session)).andExpect(status().isForbidden());
        mvc.perform(post("/review/flashcard-1").param("grade", "3").param("reps", "0").session(session))
                .andExpect(status().isForbidden());
    }

    @Nested
    class Audio {

        @Test
        void aRecordingStreamsInFullAndInRangesToEnrolledLearners() throws Exception {
            byte[] bytes = new byte[1000];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) i;
            }
            String key = files.put(new ByteArrayInputStream(bytes), 10_000);
            long part = jdbc.queryForObject("select max(lp.id) from lesson_part lp join section s on s.id = lp.section_id"
                    + " where s.id = (select min(id) from section where slug = 'choosing-and-pairing-typefaces')", Long.class);
            jdbc.update("update lesson_part set audio_file_key = ?, audio_content_type = 'audio/mpeg' where id = ?", key, part);
            try {
                var session = newLearnerIn(TYPO);
                String audio = TYPO_SECTION + "/audio/" + part;
                mvc.perform(get(TYPO_SECTION).session(session))
                        .andExpect(content().string(containsString("<audio controls preload=\"metadata\"")));
                var full = mvc.perform(get(audio).session(session)).andExpect(status().isOk())
                        .andExpect(header().string(HttpHeaders.CONTENT_TYPE, "audio/mpeg"))
                        .andExpect(header().string(HttpHeaders.ACCEPT_RANGES, "bytes")).andReturn();
                assertThat(full.getResponse().getContentAsByteArray()).isEqualTo(bytes);

                var slice = mvc.perform(get(audio).session(session).header(HttpHeaders.RANGE, "bytes=100-199"))
                        .andExpect(status().isPartialContent())
                        .andExpect(header().string(HttpHeaders.CONTENT_RANGE, "bytes 100-199/1000")).andReturn();
                assertThat(slice.getResponse().getContentAsByteArray()).hasSize(100).startsWith((byte) 100);
                mvc.perform(get(audio).session(session).header(HttpHeaders.RANGE, "bytes=900-"))
                        .andExpect(status().isPartialContent())
                        .andExpect(header().string(HttpHeaders.CONTENT_RANGE, "bytes 900-999/1000"));
                mvc.perform(get(audio).session(session).header(HttpHeaders.RANGE, "bytes=5000-6000"))
                        .andExpect(status().isRequestedRangeNotSatisfiable());

                mvc.perform(get(audio).session(DemoUsers.NEWBIE.logIn(mvc))).andExpect(status().isForbidden());
                mvc.perform(get(audio)).andExpect(redirectedUrl("/login"));
            } finally {
                jdbc.update("update lesson_part set audio_file_key = null, audio_content_type = null where id = ?", part);
                files.delete(key);
            }
        }

        @Test
        void aPartWithoutRecordingOffersReadAloudInstead() throws Exception {
            mvc.perform(get(SECTION).session(newLearnerIn(PMM))).andExpect(content().string(allOf(
                    containsString("data-read-aloud"), containsString("data-speaker="), containsString("data-role=\"teacher\""),
                    not(containsString("<audio")))));
        }
    }

    @Test
    void sectionContentCannotCarryScriptEventHandlersOrJavascriptUrls() throws Exception {
        long section = id("select min(id) from section where slug = ?", "choosing-and-pairing-typefaces"); // the demo's, not an imported copy
        String[] payloads = {"<script>alert('x')</script>", "<img src=x onerror=alert(1)>", "[c](javascript:alert(1))",
                "<a href=\"JaVaScRiPt:alert(1)\">x</a>", "<svg onload=alert(1)>", "<div onclick=\"alert(1)\">x</div>"};
        jdbc.update("insert into key_concept (section_id, position, term, explanation) values (?, 99, 'Evil', ?)",
                section, String.join("\n\n", payloads));
        jdbc.update("insert into glossary_term (section_id, position, term, definition) values (?, 99, 'Evil', ?)",
                section, String.join(" ", payloads));
        try {
            String html = mvc.perform(get(TYPO_SECTION).session(DemoUsers.ADMIN.logIn(mvc)))
                    .andReturn().getResponse().getContentAsString().toLowerCase();
            assertThat(html).contains("evil", "&lt;script&gt;");
            // Escaped text may still spell the payloads; no tag may carry them.
            var tags = java.util.regex.Pattern.compile("<[a-z][^>]*>").matcher(html).results().map(m -> m.group()).toList();
            assertThat(tags).noneMatch(tag -> tag.matches("(?s).*\\son[a-z]+\\s*=.*"))
                    .noneMatch(tag -> tag.contains("javascript:"))
                    .noneMatch(tag -> tag.startsWith("<img src=\"x") || tag.startsWith("<svg"))
                    .filteredOn(tag -> tag.startsWith("<script")).allMatch(tag -> tag.startsWith("<script src=\"/js/"));
        } finally {
            jdbc.update("delete from key_concept where section_id = ? and position = 99", section);
            jdbc.update("delete from glossary_term where section_id = ? and position = 99", section);
            // Plain SQL goes around the application's change tracking: say what the studio would say,
            // so what was kept from the section (its sizes) is read again.
            events.publishEvent(new CourseContentChanged(
                    jdbc.queryForObject("select course_id from section where id = ?", Long.class, section)));
        }
    }

    /** The review page's counts and the card it offers. */
    private String queueOf(MockHttpSession session) throws Exception {
        String page = mvc.perform(get("/review").session(session)).andReturn().getResponse().getContentAsString();
        return page.replaceAll("(?s).*(<p class=\"review-counts\".*?</p>).*action=\"(/review/[a-z]+-\\d+)\".*", "$1 $2");
    }

    private MockHttpSession newLearnerIn(String course) throws Exception {
        return DemoUsers.newLearnerIn(mvc, course, "study");
    }

    private long id(String sql) {
        return id(sql, "reference-counting-and-garbage-collection");
    }

    private long id(String sql, String slug) {
        return jdbc.queryForObject(sql, Long.class, slug);
    }
}
