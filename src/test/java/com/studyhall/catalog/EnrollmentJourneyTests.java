package com.studyhall.catalog;

import com.studyhall.DemoUsers;
import com.studyhall.StudyhallIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@StudyhallIntegrationTest
class EnrollmentJourneyTests {

    static final String COURSE = "/courses/python-memory-management";
    static final String SECTION = COURSE + "/reference-counting-and-garbage-collection";

    @Autowired
    MockMvc mvc;

    @Test
    void visitorBrowsesTheCatalogAndSeesTheSectionLocked() throws Exception {
        mvc.perform(get("/")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Technology"), containsString("Business"),
                        containsString("Design"), containsString("Python Memory Management"))));
        mvc.perform(get(COURSE)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Enroll for free"), containsString("Course outline"))));
        mvc.perform(get(SECTION)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Enroll to open this section"),
                        containsString("flashcards"), not(containsString("id=\"audio-lessons\"")))));
    }

    @Test
    void searchFindsCoursesByTitleOrDescription() throws Exception {
        mvc.perform(get("/").param("q", "typeface")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Typography for Interfaces"),
                        not(containsString("Negotiation Fundamentals")))));
        mvc.perform(get("/").param("q", "100%_")).andExpect(status().isOk())
                .andExpect(content().string(containsString("0 courses match")));
    }

    @Test
    void searchFindsSectionTitlesGlossaryTermsAndInstructorsWithTheWordsMarked() throws Exception {
        // A section title of the memory course, not in its title, tagline or description.
        mvc.perform(get("/").param("q", "thresholds")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("1 course matches"),
                        containsString("Python Memory Management"), containsString("<mark>Thresholds</mark>"),
                        containsString("href=\"/courses/python-memory-management/generations-and-thresholds\""))));
        // The instructor's name finds all three demo courses.
        mvc.perform(get("/").param("q", "ines instructor")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("3 courses match"),
                        containsString("<mark>Ines</mark> <mark>Instructor</mark>"))));
        // A glossary term: pymalloc's arenas live only in a section's glossary and key concepts.
        mvc.perform(get("/").param("q", "arena")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Python Memory Management"),
                        not(containsString("Typography for Interfaces")))));
    }

    @Test
    void newbieEnrollsSeesEverySectionFormatAndCanLeave() throws Exception {
        var session = DemoUsers.NEWBIE.logIn(mvc);
        mvc.perform(get(SECTION).session(session))
                .andExpect(content().string(containsString("Enroll to open this section")));

        mvc.perform(post(COURSE + "/enrollment").session(session).with(csrf())).andExpect(redirectedUrl(COURSE));
        mvc.perform(get(COURSE).session(session)).andExpect(content().string(containsString("You are enrolled")));
        mvc.perform(get(SECTION).session(session)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"audio-lessons\""), containsString("id=\"summary\""),
                        containsString("id=\"audiobook\""), containsString("id=\"key-concepts\""),
                        containsString("id=\"examples\""), containsString("id=\"memory-aids\""),
                        containsString("id=\"flashcards\""), containsString("id=\"glossary\""),
                        containsString("id=\"mock-test\""))));
        mvc.perform(get("/my").session(session)).andExpect(content().string(containsString("Python Memory Management")));

        mvc.perform(post(COURSE + "/enrollment/delete").session(session).with(csrf())).andExpect(redirectedUrl(COURSE));
        mvc.perform(get(SECTION).session(session))
                .andExpect(content().string(containsString("Enroll to open this section")));
    }

    @Test
    void learnerIsEnrolledInTheDemoCourse() throws Exception {
        mvc.perform(get(SECTION).session(DemoUsers.LEARNER.logIn(mvc)))
                .andExpect(content().string(containsString("id=\"flashcards\"")));
    }

    @Test
    void enrollingWithoutCsrfTokenIsRefused() throws Exception {
        var session = DemoUsers.NEWBIE.logIn(mvc);
        mvc.perform(post(COURSE + "/enrollment").session(session)).andExpect(status().isForbidden());
        mvc.perform(get(SECTION).session(session))
                .andExpect(content().string(containsString("Enroll to open this section")));
    }

    @Test
    void anonymousEnrollSendsToLogin() throws Exception {
        mvc.perform(post(COURSE + "/enrollment").with(csrf())).andExpect(redirectedUrl("/login"));
    }

    @Test
    void unknownCourseAndSectionAreNotFound() throws Exception {
        mvc.perform(get("/courses/no-such-course")).andExpect(status().isNotFound());
        mvc.perform(get(COURSE + "/no-such-section")).andExpect(status().isNotFound());
    }
}
