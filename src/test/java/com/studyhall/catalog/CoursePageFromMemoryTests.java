package com.studyhall.catalog;

import com.studyhall.DemoUsers;
import com.studyhall.StudyhallIntegrationTest;
import com.studyhall.accounts.ProfileService;
import com.studyhall.accounts.UserAccountRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The course page's published part is kept in memory ({@link PublishedCoursePages}); a saved change
 * shows on the next request all the same, however soon it comes.
 */
@StudyhallIntegrationTest
class CoursePageFromMemoryTests {

    private static final String PAGE = "/courses/python-memory-management";

    @Autowired
    MockMvc mvc;
    @Autowired
    CourseRepository courses;
    @Autowired
    UserAccountRepository users;
    @Autowired
    ProfileService profiles;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void anInstructorsNewBioShowsOnTheNextRequest() throws Exception {
        MockHttpSession learner = DemoUsers.LEARNER.logIn(mvc);
        mvc.perform(get(PAGE).session(learner)).andExpect(status().isOk());
        long instructor = users.findByEmail(DemoUsers.INSTRUCTOR.email).orElseThrow().getId();
        String before = users.findById(instructor).orElseThrow().getBio();
        try {
            profiles.changeBio(instructor, "Teaches memory with pictures of boxes and arrows.");

            mvc.perform(get(PAGE).session(learner))
                    .andExpect(content().string(containsString("Teaches memory with pictures of boxes and arrows.")));
        } finally {
            profiles.changeBio(instructor, before);
        }
    }

    @Test
    void aSavedCourseDescriptionShowsOnTheNextRequest() throws Exception {
        mvc.perform(get(PAGE)).andExpect(status().isOk());
        Course course = courses.findBySlug("python-memory-management").orElseThrow();
        try {
            describe(course, "Watch every reference counted, live.", Instant.now());

            mvc.perform(get(PAGE)).andExpect(content().string(containsString("Watch every reference counted, live.")));
        } finally {
            describe(course, course.getTagline(), course.getUpdatedAt());
        }
    }

    private void describe(Course before, String tagline, Instant at) {
        transactions.executeWithoutResult(status -> courses.findById(before.getId()).orElseThrow()
                .describe(tagline, before.getDescription(), before.getLevel(), at));
    }
}
