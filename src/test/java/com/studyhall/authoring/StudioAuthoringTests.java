package com.studyhall.authoring;

import com.studyhall.DemoUsers;
import com.studyhall.StudyhallIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
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

/** An instructor writes a course in the studio; learners see it only once it is published. */
@StudyhallIntegrationTest
class StudioAuthoringTests {

    static final String COURSE = "/studio/courses/caching-basics";
    static final String SECTION = COURSE + "/sections/what-a-cache-is";

    @Autowired
    MockMvc mvc;

    @Test
    void instructorWritesACourseThatLearnersSeeOnlyWhenPublished() throws Exception {
        MockHttpSession instructor = DemoUsers.INSTRUCTOR.logIn(mvc);
        mvc.perform(get("/studio").session(instructor)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Python Memory Management")));
        mvc.perform(get("/studio/courses/new").session(instructor)).andExpect(status().isOk());
        mvc.perform(post("/studio/courses").session(instructor).with(csrf())
                        .param("title", "Caching Basics").param("slug", "caching-basics").param("category", "Technology")
                        .param("level", "BEGINNER").param("tagline", "Keep what you need close.")
                        .param("description", "Why *caches* work."))
                .andExpect(redirectedUrl(COURSE));
        mvc.perform(get(COURSE).session(instructor)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Caching Basics")));
        mvc.perform(get(COURSE + "/sections/new").session(instructor)).andExpect(status().isOk());
        mvc.perform(post(COURSE + "/sections").session(instructor).with(csrf())
                        .param("title", "What a cache is").param("slug", "what-a-cache-is").param("overview", "Hits and misses."))
                .andExpect(redirectedUrl(SECTION));
        for (String kind : new String[] {"chapters", "concepts", "examples", "aids", "flashcards", "glossary"}) {
            mvc.perform(get(SECTION + "/" + kind + "/new").session(instructor)).andExpect(status().isOk());
        }
        mvc.perform(post(SECTION + "/flashcards").session(instructor).with(csrf())
                        .param("values[front]", "What is a cache hit?").param("values[back]", "The data was already there."))
                .andExpect(redirectedUrl(SECTION + "#flashcards"));
        String outline = mvc.perform(get(SECTION).session(instructor)).andExpect(status().isOk())
                .andExpect(content().string(containsString("What is a cache hit?"))).andReturn().getResponse()
                .getContentAsString();
        var card = java.util.regex.Pattern.compile("/flashcards/(\\d+)\"").matcher(outline);
        org.assertj.core.api.Assertions.assertThat(card.find()).isTrue();
        mvc.perform(post(SECTION + "/flashcards/" + card.group(1)).session(instructor).with(csrf()).param("version", "0")
                .param("values[front]", "What is a cache hit?").param("values[back]", "The data was already close."));
        mvc.perform(get(COURSE + "/history").session(instructor).param("type", "flashcard").param("id", card.group(1)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("History of flashcard #" + card.group(1)),
                        containsString("Added flashcard What is a cache hit?"), containsString("Edited flashcard"),
                        not(containsString("Created course")))));

        MockHttpSession learner = DemoUsers.NEWBIE.logIn(mvc);
        mvc.perform(get("/courses/caching-basics").session(learner)).andExpect(status().isNotFound());
        mvc.perform(get("/").session(learner)).andExpect(content().string(not(containsString("Caching Basics"))));

        mvc.perform(post(COURSE + "/publish").session(instructor).with(csrf())).andExpect(redirectedUrl(COURSE));
        // The catalog read just before is cached; publishing must show the course at once.
        mvc.perform(get("/").session(learner))
                .andExpect(content().string(allOf(containsString("Caching Basics"), containsString("0 sections"))));
        mvc.perform(get("/courses/caching-basics").session(learner)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("What a cache is"))));
        mvc.perform(post(SECTION + "/publish").session(instructor).with(csrf()).param("published", "true"));
        mvc.perform(get("/").session(learner)).andExpect(content().string(containsString("1 section<")));
        mvc.perform(get("/courses/caching-basics").session(learner))
                .andExpect(content().string(allOf(containsString("What a cache is"), containsString("Caching Basics"))));
        mvc.perform(get(COURSE + "/history").session(instructor)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Ines Instructor"), containsString("Published Caching Basics"))));
    }

    @Test
    void aCreateFormSentTwiceMakesOneCourseAndSendsBothToIt() throws Exception {
        MockHttpSession instructor = DemoUsers.INSTRUCTOR.logIn(mvc);
        // The form's token is its idempotency key; the header carries a valid CSRF token beside it.
        var create = post("/studio/courses").session(instructor).with(csrf().asHeader()).param("_csrf", "new-course-form")
                .param("title", "Twice Sent").param("slug", "twice-sent").param("category", "Technology")
                .param("level", "BEGINNER").param("description", "Sent with a double click.");
        mvc.perform(create).andExpect(redirectedUrl("/studio/courses/twice-sent"));
        mvc.perform(create).andExpect(redirectedUrl("/studio/courses/twice-sent"));

        var section = post("/studio/courses/twice-sent/sections").session(instructor).with(csrf().asHeader())
                .param("_csrf", "new-section-form").param("title", "Only once").param("slug", "only-once").param("overview", "");
        mvc.perform(section).andExpect(redirectedUrl("/studio/courses/twice-sent/sections/only-once"));
        mvc.perform(section).andExpect(redirectedUrl("/studio/courses/twice-sent/sections/only-once"));
        mvc.perform(get("/studio/courses/twice-sent").session(instructor))
                .andExpect(content().string(containsString("Only once")));
    }
}
