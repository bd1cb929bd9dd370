package com.studyhall.catalog;

import com.studyhall.DemoUsers;
import com.studyhall.StudyhallIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The home page as a storefront (issue 21): the featured course, the lab preview, filters and orders. */
@StudyhallIntegrationTest
class StorefrontJourneyTests {

    static final String FLAGSHIP = "python-memory-management";
    private static final Pattern CARD_TITLE = Pattern.compile("class=\"card-link\" href=\"/courses/([a-z0-9-]+)\"");
    private static final Pattern LEARNERS = Pattern.compile("<span>(\\d+) learners?</span>");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CourseRepository courses;

    private String home(String query) throws Exception {
        return mvc.perform(get("/" + query)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static List<String> all(Pattern pattern, String html) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(html);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static String number(String html, String label) {
        Matcher m = Pattern.compile("<dt>" + label + "</dt><dd>([^<]+)</dd>").matcher(html);
        assertThat(m.find()).as("the featured course shows %s", label).isTrue();
        return m.group(1);
    }

    /** "About 5 h 52 min of study" on the flagship's page, as a duration. */
    private java.time.Duration coursePageStudyTime() throws Exception {
        String page = mvc.perform(get("/courses/" + FLAGSHIP)).andReturn().getResponse().getContentAsString();
        Matcher m = Pattern.compile("About (?:(\\d+) h)? ?(?:(\\d+) min)? of study").matcher(page);
        assertThat(m.find()).as("the course page states its study time").isTrue();
        long hours = m.group(1) == null ? 0 : Long.parseLong(m.group(1));
        long minutes = m.group(2) == null ? 0 : Long.parseLong(m.group(2));
        return java.time.Duration.ofMinutes(hours * 60 + minutes);
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class, FLAGSHIP);
    }

    @Test
    void aVisitorSeesTheFlagshipFeaturedWithItsRealNumbersAndACallToEnroll() throws Exception {
        String html = home("");
        assertThat(html).contains("Featured course", "id=\"featured-title\"",
                "href=\"/signup?next=/courses/python-memory-management\">Enroll for free</a>");
        String sections = "select count(*) from section s join course c on c.id = s.course_id where c.slug = ? and s.published";
        String inPublished = " x join section s on s.id = x.section_id join course c on c.id = s.course_id"
                + " where c.slug = ? and s.published and x.trashed_at is null";
        assertThat(number(html, "Sections")).isEqualTo(String.valueOf(count(sections)));
        assertThat(number(html, "Lesson parts")).isEqualTo(String.valueOf(count("select count(*) from lesson_part" + inPublished)));
        assertThat(number(html, "Flashcards")).isEqualTo(String.valueOf(count("select count(*) from flashcard" + inPublished)
                + count("select count(*) from glossary_term" + inPublished)));
        assertThat(number(html, "Questions")).isEqualTo(String.valueOf(count("select count(*) from question" + inPublished)));
        assertThat(number(html, "Time")).matches("about [0-9.]+ hours?");
        assertThat(number(html, "Time")).as("the same estimate as the course page's, to the half hour")
                .isEqualTo(new CourseNumbers(0, 0, 0, 0, coursePageStudyTime()).estimateText());
        assertThat(count(sections)).isPositive();
    }

    @Test
    void theHomeAndFlagshipPagesCarryTheLabPreviewWithASignUpThatReturnsToTheLab() throws Exception {
        for (String page : List.of("/", "/courses/" + FLAGSHIP)) {
            String html = mvc.perform(get(page)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            // Static files are linked by content-hashed names (web.StaticResources).
            assertThat(html).as(page).contains("href=\"/signup?next=/lab\">Run your own program", "aria-live=\"polite\"")
                    .containsPattern("data-recording=\"/lab-preview/two-object-cycle(-[0-9a-f]+)?\\.json\"")
                    .containsPattern("src=\"/js/lab-diagram(-[0-9a-f]+)?\\.js\"")
                    .containsPattern("src=\"/js/lab-preview(-[0-9a-f]+)?\\.js\"");
            // JSON-LD is a data block the browser never runs; any other script must come from a file.
            assertThat(html).as("no inline script (CSP)")
                    .doesNotContainPattern("<script(?![^>]*\\b(?:src=|type=\"application/ld\\+json\"))[^>]*>");
        }
        mvc.perform(get("/courses/typography-for-interfaces")).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("lab-preview"))));
        mvc.perform(get("/").session(DemoUsers.LEARNER.logIn(mvc)))
                .andExpect(content().string(allOf(containsString("href=\"/lab\">Run your own program in the lab"),
                        containsString("Continue the course"))));
    }

    @Test
    void filtersByCategoryAndLevelKeepTheirStateInTheUrlAndForm() throws Exception {
        String design = home("?category=design&level=beginner");
        assertThat(all(CARD_TITLE, design)).containsExactly("typography-for-interfaces");
        assertThat(design).contains("<option value=\"design\" selected=\"selected\">Design</option>",
                "<option value=\"beginner\" selected=\"selected\">Beginner</option>",
                "<a href=\"/\">Clear filters</a>", "1 course");

        List<String> intermediate = all(CARD_TITLE, home("?level=intermediate"));
        assertThat(intermediate).contains(FLAGSHIP).doesNotContain("typography-for-interfaces", "negotiation-fundamentals");
        assertThat(all(CARD_TITLE, home("?category=business&level=beginner"))).contains("negotiation-fundamentals")
                .doesNotContain(FLAGSHIP);
    }

    @Test
    void anEmptyResultSaysSoAndOffersToClearTheFiltersKeepingTheOrder() throws Exception {
        String none = home("?category=design&level=advanced&sort=newest");
        assertThat(all(CARD_TITLE, none)).isEmpty();
        assertThat(none).contains("No course matches these filters", "0 courses",
                "<a href=\"/?sort=newest\">clear the filters</a>");
        assertThat(all(CARD_TITLE, home("?category=no-such-shelf"))).isEmpty();
    }

    @Test
    void mostEnrolledComesFirstByDefaultAndNewestOrdersByCreation() throws Exception {
        String popular = home("");
        List<Long> learners = all(LEARNERS, popular).stream().map(Long::valueOf).toList();
        assertThat(learners).hasSizeGreaterThanOrEqualTo(3).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(popular).contains("<option value=\"popular\" selected=\"selected\">Most enrolled</option>")
                .contains(">Best rated</option>"); // the review feature keeps ratings

        List<String> newest = all(CARD_TITLE, home("?sort=newest"));
        List<String> byCreation = courses.findPublished().stream()
                .sorted(Comparator.comparing(Course::getCreatedAt).reversed().thenComparing(Course::getTitle))
                .map(Course::getSlug).toList();
        assertThat(newest).isEqualTo(byCreation);
        assertThat(newest.indexOf(FLAGSHIP)).as("the flagship is not last").isLessThan(newest.size() - 1);
        assertThat(all(CARD_TITLE, popular).indexOf(FLAGSHIP)).isLessThan(all(CARD_TITLE, popular).size() - 1);
    }

    @Test
    void aLevelOrOrderThatDoesNotExistIsRefusedWithTheReason() throws Exception {
        mvc.perform(get("/").param("level", "expert")).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("There is no level called “expert”")));
        mvc.perform(get("/").param("sort", "cheapest")).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("choose popular, newest or rated")));
    }

    @Test
    void anAdminChoosesTheFeaturedCourseOrNoneAndTheHomePageFollowsAtOnce() throws Exception {
        MockHttpSession admin = DemoUsers.ADMIN.logIn(mvc);
        long flagship = courses.findBySlug(FLAGSHIP).orElseThrow().getId();
        long typography = courses.findBySlug("typography-for-interfaces").orElseThrow().getId();
        mvc.perform(get("/admin/storefront").session(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("<option value=\"" + flagship
                        + "\" selected=\"selected\">Python Memory Management</option>")));
        try {
            mvc.perform(post("/admin/storefront").session(admin).with(csrf()).param("featured", String.valueOf(typography)))
                    .andExpect(redirectedUrl("/admin/storefront"))
                    .andExpect(flash().attribute("notice", "The home page now features Typography for Interfaces."));
            assertThat(home("")).containsPattern("id=\"featured-title\"><a href=\"/courses/typography-for-interfaces\"");

            mvc.perform(post("/admin/storefront").session(admin).with(csrf()).param("featured", ""))
                    .andExpect(redirectedUrl("/admin/storefront"));
            assertThat(home("")).doesNotContain("Featured course").contains("Watch Python collect a reference cycle");

            mvc.perform(post("/admin/storefront").session(admin).with(csrf()).param("featured", "not-a-number"))
                    .andExpect(status().isBadRequest());
        } finally {
            mvc.perform(post("/admin/storefront").session(admin).with(csrf()).param("featured", String.valueOf(flagship)))
                    .andExpect(redirectedUrl("/admin/storefront"));
        }
        assertThat(home("")).containsPattern("id=\"featured-title\"><a href=\"/courses/python-memory-management\"");
    }

    @Test
    void aSignedInLearnerWhoIsNotEnrolledGetsAnEnrollButtonOnTheHomePage() throws Exception {
        mvc.perform(get("/").session(DemoUsers.INSTRUCTOR.logIn(mvc))).andExpect(status().isOk())
                .andExpect(content().string(containsString("action=\"/courses/python-memory-management/enrollment\"")));
    }
}
