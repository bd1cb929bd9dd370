package com.studyhall.study;

import com.studyhall.DemoUsers;
import com.studyhall.StudyhallIntegrationTest;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.util.ArrayList;
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
 * Page parts kept per reader state (the section page's formats, StudyLayoutHtml, and the page around
 * them, SectionController; the course
 * outline, CourseOutlineHtml; "My learning", MyLearningHtml): each response still carries its own
 * request's CSRF token in every form, that token works, and a learner who changes state sees their
 * new state while another learner keeps seeing theirs.
 */
@StudyhallIntegrationTest
class KeptPerReaderStateTests {

    static final String PMM = "/courses/python-memory-management";
    static final String SECTION = PMM + "/reference-counting-and-garbage-collection";
    static final Pattern FORM_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    static final Pattern META_TOKEN = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    static final Pattern NAV_USER = Pattern.compile("<span class=\"nav-user\">([^<]*)</span>");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aKeptPageCarriesTheTokenOfItsOwnRequestInEveryFormAndTheTokenWorks() throws Exception {
        MockHttpSession session = newLearner();
        // The browser's token cookie (CookieCsrfTokenRepository): each page masks it afresh.
        Cookie xsrf = new Cookie("XSRF-TOKEN", UUID.randomUUID().toString());
        MvcResult first = mvc.perform(get(SECTION).session(session).cookie(xsrf)).andExpect(status().isOk()).andReturn();
        MvcResult second = mvc.perform(get(SECTION).session(session).cookie(xsrf)).andExpect(status().isOk()).andReturn();
        String a = first.getResponse().getContentAsString();
        String b = second.getResponse().getContentAsString();

        assertThat(formTokens(b)).hasSizeGreaterThan(5).containsOnly(one(META_TOKEN, b));
        assertThat(formTokens(a)).containsOnly(one(META_TOKEN, a));
        assertThat(one(META_TOKEN, a)).isNotEqualTo(one(META_TOKEN, b));
        assertThat(b.replace(one(META_TOKEN, b), "TOKEN")).isEqualTo(a.replace(one(META_TOKEN, a), "TOKEN"));

        mvc.perform(post(SECTION + "/parts/" + firstPart() + "/done").session(session).cookie(xsrf)
                        .param("_csrf", formTokens(b).get(0)))
                .andExpect(status().isSeeOther());
        mvc.perform(post(SECTION + "/parts/" + firstPart() + "/done").session(session).cookie(xsrf)
                        .param("_csrf", "not" + formTokens(b).get(0)))
                .andExpect(status().isForbidden());
        assertThat(page(session)).contains("1 of 3</span> lesson parts done");
    }

    @Test
    void eachLearnerSeesTheirOwnMarksWhenAnotherLearnerChangesTheirs() throws Exception {
        MockHttpSession marking = newLearner();
        MockHttpSession other = newLearner();
        String before = page(other);
        assertThat(before).contains("0 of 3</span> lesson parts done");

        long part = firstPart();
        mvc.perform(post(SECTION + "/parts/" + part + "/done").session(marking).with(csrf())).andExpect(status().isSeeOther());
        mvc.perform(post(SECTION + "/summary-level").param("level", "basic").session(marking).with(csrf()));

        String marked = page(marking);
        assertThat(marked).contains("1 of 3</span> lesson parts done", ">✓ Done</button>", "data-level=\"basic\" aria-pressed=\"true\"");
        assertThat(articleOfPart(marked, part)).contains("is-done", "aria-pressed=\"true\"");
        String unmarked = page(other);
        assertThat(unmarked).contains("0 of 3</span> lesson parts done").doesNotContain(">✓ Done</button>");
        assertThat(articleOfPart(unmarked, part)).doesNotContain("is-done").contains("aria-pressed=\"false\"");
        assertThat(strip(unmarked)).isEqualTo(strip(before));
    }

    @Test
    void theSharedPartsAreFilledIntoTheKeptPageAndNoHoleIsLeft() throws Exception {
        String html = page(newLearner());
        long part = firstPart();
        assertThat(html).contains("id=\"part-" + part + "\"", "id=\"flashcards\"", "id=\"glossary\"", "class=\"dialogue")
                .doesNotContain("<!--hole-", "\u0000");
    }

    @Test
    void theSectionPageKeptWholeNamesEachReaderInItsHeader() throws Exception {
        String first = page(newLearner());
        String demo = page(DemoUsers.LEARNER.logIn(mvc));
        String second = page(newLearner());

        assertThat(one(NAV_USER, first)).isEqualTo("Studious");
        assertThat(one(NAV_USER, demo)).isNotBlank().isNotEqualTo("Studious");
        assertThat(one(NAV_USER, second)).isEqualTo("Studious");
        assertThat(formTokens(second)).containsOnly(one(META_TOKEN, second));
        assertThat(one(META_TOKEN, second)).isNotEqualTo(one(META_TOKEN, first));
    }

    @Test
    void myLearningKeptWholeNamesEachReaderInItsHeaderAndShowsTheirOwnCourses() throws Exception {
        MockHttpSession first = newLearner();
        mvc.perform(get("/my").session(first)); // takes the sign-up's one-time notice
        String firstPage = mine(first);
        String demo = mine(DemoUsers.LEARNER.logIn(mvc));
        MockHttpSession second = newLearner();
        mvc.perform(get("/my").session(second));
        mvc.perform(post("/courses/typography-for-interfaces/enrollment").session(second).with(csrf()))
                .andExpect(status().is3xxRedirection());
        String secondPage = mine(second);

        assertThat(one(NAV_USER, firstPage)).isEqualTo("Studious");
        assertThat(one(NAV_USER, demo)).isNotBlank().isNotEqualTo("Studious");
        assertThat(one(NAV_USER, secondPage)).isEqualTo("Studious");
        assertThat(secondPage).contains("/courses/typography-for-interfaces\"");
        assertThat(firstPage).doesNotContain("/courses/typography-for-interfaces\"");
        assertThat(formTokens(secondPage)).containsOnly(one(META_TOKEN, secondPage));
        assertThat(one(META_TOKEN, secondPage)).isNotEqualTo(one(META_TOKEN, firstPage));
    }

    @Test
    void theReviewPageKeptWholeStampsEachRequestWithTheMomentItShowsTheCard() throws Exception {
        MockHttpSession learner = newLearner();
        Pattern shown = Pattern.compile("<input type=\"hidden\" name=\"shown\" value=\"(\\d+)\">");
        mvc.perform(get("/review").session(learner)); // takes the enrollment's one-time notice
        String first = mvc.perform(get("/review").session(learner)).andReturn().getResponse().getContentAsString();
        Thread.sleep(20);
        long before = System.currentTimeMillis();
        String second = mvc.perform(get("/review").session(learner)).andReturn().getResponse().getContentAsString();
        long after = System.currentTimeMillis();

        assertThat(Long.parseLong(one(shown, second))).isBetween(before, after);
        assertThat(one(shown, first)).isNotEqualTo(one(shown, second));
        assertThat(formTokens(second)).hasSizeGreaterThan(1).containsOnly(one(META_TOKEN, second));
        assertThat(strip(second).replaceAll(shown.pattern(), "")).isEqualTo(strip(first).replaceAll(shown.pattern(), ""));
    }

    @Test
    void theCourseOutlineShowsEachLearnersOwnPercentage() throws Exception {
        MockHttpSession marking = newLearner();
        MockHttpSession other = newLearner();
        Pattern percent = Pattern.compile("reference-counting-and-garbage-collection\"[^<]*</a>(?:(?!</h3>).)*?section-percent\">(\\d+)% done",
                Pattern.DOTALL);
        mvc.perform(get(PMM).session(other)); // takes the enrollment's one-time notice
        String before = mvc.perform(get(PMM).session(other)).andReturn().getResponse().getContentAsString();

        mvc.perform(post(SECTION + "/parts/" + firstPart() + "/done").session(marking).with(csrf())).andExpect(status().isSeeOther());

        String marked = mvc.perform(get(PMM).session(marking)).andReturn().getResponse().getContentAsString();
        String unmarked = mvc.perform(get(PMM).session(other)).andReturn().getResponse().getContentAsString();
        assertThat(Integer.parseInt(one(percent, marked))).isPositive();
        assertThat(one(percent, unmarked)).isEqualTo("0");
        assertThat(strip(unmarked)).isEqualTo(strip(before));
    }

    @Test
    void theCoursePageKeptWholeCarriesEachRequestsTokenInEveryFormAndLeavingWorksWithIt() throws Exception {
        MockHttpSession learner = newLearner();
        Cookie xsrf = new Cookie("XSRF-TOKEN", UUID.randomUUID().toString());
        mvc.perform(get(PMM).session(learner).cookie(xsrf)); // takes the enrollment's one-time notice
        String a = mvc.perform(get(PMM).session(learner).cookie(xsrf)).andReturn().getResponse().getContentAsString();
        String b = mvc.perform(get(PMM).session(learner).cookie(xsrf)).andReturn().getResponse().getContentAsString();
        assertThat(formTokens(b)).hasSizeGreaterThan(1).containsOnly(one(META_TOKEN, b));
        assertThat(one(META_TOKEN, a)).isNotEqualTo(one(META_TOKEN, b));
        assertThat(b.replace(one(META_TOKEN, b), "T")).isEqualTo(a.replace(one(META_TOKEN, a), "T"));

        mvc.perform(post(PMM + "/enrollment/delete").session(learner).cookie(xsrf).param("_csrf", formTokens(b).get(0)))
                .andExpect(status().is3xxRedirection());
        String left = mvc.perform(get(PMM).session(learner).cookie(xsrf)).andReturn().getResponse().getContentAsString();
        assertThat(left).contains("You left");
        String after = mvc.perform(get(PMM).session(learner).cookie(xsrf)).andReturn().getResponse().getContentAsString();
        assertThat(after).doesNotContain("You left").doesNotContain("course-progress-label");
        assertThat(a).contains("course-progress-label");
    }

    @Test
    void myLearningShowsEachLearnersOwnGoalAndItsFormCarriesTheRequestsToken() throws Exception {
        MockHttpSession setting = newLearner();
        MockHttpSession other = newLearner();
        Cookie xsrf = new Cookie("XSRF-TOKEN", UUID.randomUUID().toString());
        mvc.perform(get("/my").session(setting).cookie(xsrf)); // takes the sign-up's one-time notice
        mvc.perform(get("/my").session(other));
        String before = mvc.perform(get("/my").session(other)).andReturn().getResponse().getContentAsString();
        String kept = mvc.perform(get("/my").session(setting).cookie(xsrf)).andReturn().getResponse().getContentAsString();
        assertThat(formTokens(kept)).hasSize(2).containsOnly(one(META_TOKEN, kept)); // the goal form and logging out

        mvc.perform(post("/my/goal").session(setting).cookie(xsrf).param("dailyReviews", "37")
                .param("_csrf", formTokens(kept).get(0))).andExpect(status().is3xxRedirection());

        assertThat(mvc.perform(get("/my").session(setting)).andReturn().getResponse().getContentAsString())
                .contains("name=\"dailyReviews\" type=\"number\" min=\"1\" max=\"9999\" required value=\"37\"");
        String unchanged = mvc.perform(get("/my").session(other)).andReturn().getResponse().getContentAsString();
        assertThat(unchanged).doesNotContain("value=\"37\"");
        assertThat(strip(unchanged)).isEqualTo(strip(before));
    }

    private String mine(MockHttpSession session) throws Exception {
        return mvc.perform(get("/my").session(session)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private String page(MockHttpSession session) throws Exception {
        return mvc.perform(get(SECTION).session(session)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static String strip(String html) {
        return html.replaceAll("(name=\"_csrf\" value=\"|<meta name=\"_csrf\" content=\")[^\"]+", "$1");
    }

    private static String articleOfPart(String html, long part) {
        int heading = html.indexOf("id=\"part-" + part + "\"");
        int start = html.lastIndexOf("<article", heading);
        return html.substring(start, html.indexOf("</article>", heading));
    }

    private static List<String> formTokens(String html) {
        List<String> tokens = new ArrayList<>();
        Matcher m = FORM_TOKEN.matcher(html);
        while (m.find()) tokens.add(m.group(1));
        return tokens;
    }

    private static String one(Pattern pattern, String html) {
        Matcher m = pattern.matcher(html);
        assertThat(m.find()).as(pattern.pattern()).isTrue();
        return m.group(1);
    }

    private long firstPart() {
        return jdbc.queryForObject("select min(lp.id) from lesson_part lp join section s on s.id = lp.section_id where s.slug = ?",
                Long.class, "reference-counting-and-garbage-collection");
    }

    private MockHttpSession newLearner() throws Exception {
        return DemoUsers.newLearnerIn(mvc, PMM, "kept");
    }
}
