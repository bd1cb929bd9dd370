package com.studyhall.catalog;

import com.studyhall.DemoUsers;
import com.studyhall.StudyhallIntegrationTest;
import com.studyhall.accounts.AccountService;
import com.studyhall.authoring.CourseBundle;
import com.studyhall.authoring.CourseBundleImporter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import javax.imageio.ImageIO;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The course page answers a chooser's questions (outcomes, prerequisites, time, instructor, formats,
 * a free preview), carries link-preview tags and structured data, and search engines get a
 * sitemap and robots.txt. The studio edits the new fields with history and bundles.
 */
@StudyhallIntegrationTest
class CoursePageForChoosersTests {

    static final String COURSE = "/courses/python-memory-management";
    static final String PREVIEW = COURSE + "/references-and-names";

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    CourseBundleImporter importer;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aVisitorReadsOutcomesPrerequisitesTimeInstructorAndEachSectionsFormats() throws Exception {
        mvc.perform(get(COURSE)).andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("What you will be able to do"), containsString("Predict what <code>sys.getrefcount</code>"),
                        containsString("Before you start"), containsString("You write small Python programs"),
                        containsString(" of study"), containsString("class=\"section-time\""),
                        containsString("<span class=\"format-tag\">Flashcards</span>"),
                        containsString("Your instructor"), containsString("Ines teaches how Python works underneath"),
                        containsString("Free preview"), containsString("Read a free section"))));
    }

    @Test
    void theFreePreviewSectionIsReadableWithoutEnrollingAndTheOthersStayClosed() throws Exception {
        mvc.perform(get(PREVIEW)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"audio-lessons\""), containsString("Free preview"),
                        containsString("Sign up and enroll for free"), not(containsString("Start the mock test")),
                        not(containsString("Mark as done")))));
        mvc.perform(get(COURSE + "/reference-counting-and-garbage-collection"))
                .andExpect(content().string(allOf(containsString("Enroll to open this section"),
                        not(containsString("id=\"audio-lessons\"")))));
    }

    @Test
    void theCoursePageCarriesCanonicalOpenGraphTwitterAndCourseStructuredData() throws Exception {
        String page = mvc.perform(get(COURSE)).andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page)
                .contains("<link rel=\"canonical\" href=\"http://localhost/courses/python-memory-management\">")
                .contains("<meta property=\"og:title\" content=\"Python Memory Management — Studyhall\">")
                .contains("<meta property=\"og:image\" content=\"http://localhost/courses/python-memory-management/card.png?v=")
                .contains("<meta name=\"twitter:card\" content=\"summary_large_image\">");
        String ld = page.replaceAll("(?s).*<script type=\"application/ld\\+json\">(.*?)</script>.*", "$1");
        var data = json.readTree(ld);
        assertThat(data.get("@type").asString()).isEqualTo("Course");
        assertThat(data.get("name").asString()).isEqualTo("Python Memory Management");
        assertThat(data.get("instructor").get("name").asString()).isEqualTo("Ines Instructor");
        assertThat(data.get("hasCourseInstance").get(0).get("courseWorkload").asString()).matches("PT\\d+M");
    }

    @Test
    void theCardPictureIsA1200By630PngKeptByCaches() throws Exception {
        var response = mvc.perform(get(COURSE + "/card.png")).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png"))
                .andExpect(header().string("Cache-Control", containsString("max-age=86400")))
                .andReturn().getResponse();
        var image = ImageIO.read(new ByteArrayInputStream(response.getContentAsByteArray()));
        assertThat(image.getWidth()).isEqualTo(1200);
        assertThat(image.getHeight()).isEqualTo(630);
    }

    @Test
    void theSitemapListsPublishedCoursesAndPreviewSectionsButNoDraftsOrClosedSections() throws Exception {
        String draft = importCourse(false);
        mvc.perform(get("/sitemap.xml")).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/xml"))
                .andExpect(content().string(allOf(
                        containsString("<loc>http://localhost/courses/python-memory-management</loc>"),
                        containsString("<loc>http://localhost/courses/python-memory-management/references-and-names</loc>"),
                        containsString("<loc>http://localhost/courses/typography-for-interfaces</loc>"),
                        not(containsString("reference-counting-and-garbage-collection")),
                        not(containsString(draft)))));
    }

    @Test
    void robotsKeepCrawlersOutOfStudioAdminAndApi() throws Exception {
        mvc.perform(get("/robots.txt")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Disallow: /studio"), containsString("Disallow: /admin"),
                        containsString("Disallow: /api/"), containsString("Sitemap: http://localhost/sitemap.xml"))));
    }

    @Test
    void theStudioEditsOutcomesPrerequisitesAndPreviewWithHistoryAndBundle() throws Exception {
        String slug = importCourse(true);
        var instructor = DemoUsers.INSTRUCTOR.logIn(mvc);
        long version = jdbc.queryForObject("select version from course where slug = ?", Long.class, slug);
        mvc.perform(post("/studio/courses/" + slug).session(instructor).with(csrf())
                        .param("version", Long.toString(version)).param("slug", slug).param("title", "Course " + slug)
                        .param("category", "Technology").param("level", "BEGINNER").param("tagline", "t")
                        .param("description", "d").param("outcomes", "- Draw a heap")
                        .param("prerequisites", "- Know lists").param("previewSection", "part-one"))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/courses/" + slug)).andExpect(content().string(allOf(
                containsString("Draw a heap"), containsString("Know lists"))));
        mvc.perform(get("/courses/" + slug + "/part-one")).andExpect(content().string(containsString("id=\"audio-lessons\"")));
        mvc.perform(get("/studio/courses/" + slug + "/history").session(instructor))
                .andExpect(content().string(containsString("Edited course")));
        String bundle = mvc.perform(get("/studio/courses/" + slug + "/export").session(instructor))
                .andReturn().getResponse().getContentAsString();
        var exported = json.readTree(bundle);
        assertThat(exported.get("outcomes").asString()).isEqualTo("- Draw a heap");
        assertThat(exported.get("previewSection").asString()).isEqualTo("part-one");

        long now = jdbc.queryForObject("select version from course where slug = ?", Long.class, slug);
        mvc.perform(post("/studio/courses/" + slug).session(instructor).with(csrf())
                        .param("version", Long.toString(now)).param("slug", slug).param("title", "Course " + slug)
                        .param("category", "Technology").param("level", "BEGINNER").param("previewSection", "nope"))
                .andExpect(content().string(containsString("This course has no section &#39;nope&#39;")));
    }

    private String importCourse(boolean published) {
        String slug = "choosers-" + UUID.randomUUID().toString().substring(0, 8);
        var part = new CourseBundle.LessonPartBundle("Part", "Take-away.",
                List.of(new CourseBundle.TurnBundle(com.studyhall.study.SpeakerRole.TEACHER, "Ms. Rao", "Words.")));
        var section = new CourseBundle.SectionBundle("part-one", "Part one", "Overview", true, List.of(part), null,
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null);
        importer.importCourse(new CourseBundle(CourseBundle.FORMAT, CourseBundle.VERSION, slug, "Course " + slug,
                "Technology", com.studyhall.catalog.CourseLevel.BEGINNER, "t", "d", "", "", null,
                DemoUsers.INSTRUCTOR.email, published, List.of(section)), accounts.findByEmail(DemoUsers.INSTRUCTOR.email).orElseThrow());
        return slug;
    }
}
